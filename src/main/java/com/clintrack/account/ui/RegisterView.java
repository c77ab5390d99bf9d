package com.clintrack.account.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.account.AccountLimits;
import com.clintrack.account.AccountService;
import com.clintrack.account.Registration;
import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.security.ClientAddress;
import com.clintrack.security.PasswordPolicy;
import com.clintrack.security.RateLimiter;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.Map;

/** Registration: email, display name, password and time zone. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends Div implements HasDynamicTitle {

    private static final String DEFAULT_ZONE = "America/New_York";

    private final AccountService accounts;
    private final RateLimiter rateLimiter;
    private final EmailField email = new EmailField(getTranslation("auth.email"));
    private final TextField displayName = new TextField(getTranslation("register.displayName"));
    private final PasswordField password = new PasswordField(getTranslation("auth.password"));
    private final ComboBox<String> timeZone = new ComboBox<>(getTranslation("register.timeZone"));
    private final AuthCard card;

    public RegisterView(AccountService accounts, RateLimiter rateLimiter) {
        this.accounts = accounts;
        this.rateLimiter = rateLimiter;
        email.setId("email");
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        displayName.setId("display-name");
        displayName.setMaxLength(AccountLimits.DISPLAY_NAME_MAX);
        displayName.setHelperText(getTranslation("register.displayName.helper"));
        displayName.setRequiredIndicatorVisible(true);
        password.setId("password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(getTranslation("register.password.helper"));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH * 2); // code points may take two chars each
        password.setRequiredIndicatorVisible(true);
        timeZone.setId("time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(DEFAULT_ZONE);
        timeZone.setHelperText(getTranslation("register.timeZone.helper"));
        timeZone.setRequiredIndicatorVisible(true);
        for (var field : new com.vaadin.flow.component.HasSize[] {email, displayName, password, timeZone}) {
            field.setWidthFull();
        }

        Button submit = new Button(getTranslation("register.submit"), event -> submit());
        submit.setId("register");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER);

        VerticalLayout form = new VerticalLayout(email, displayName, password, timeZone, submit);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("auth-form");
        Div footer = new Div(new Span(getTranslation("register.haveAccount") + " "),
                new RouterLink(getTranslation("register.signIn"), LoginView.class));
        footer.addClassName("auth-footer");
        card = new AuthCard(getTranslation("register.heading"), getTranslation("register.subtitle"), form, footer);
        add(card);
        setSizeFull();
        addAttachListener(event -> event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            String browserZone = details.getTimeZoneId();
            if (browserZone != null && ZoneId.getAvailableZoneIds().contains(browserZone)) {
                timeZone.setValue(browserZone);
            }
        }));
    }

    private void submit() {
        card.clearMessage();
        String ip = ClientAddress.current();
        if (!rateLimiter.tryAcquire(RateLimiter.Action.REGISTER, ip)) {
            card.showError(getTranslation("auth.rateLimited"));
            return;
        }
        Map<String, HasValidation> fields = Map.of("email", email, "displayName", displayName, "password", password,
                "timeZone", timeZone);
        try {
            accounts.register(new Registration(email.getValue(), displayName.getValue(), password.getValue(),
                    timeZone.getValue() == null ? "" : timeZone.getValue()), ip);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class,
                    com.vaadin.flow.router.QueryParameters.of(LoginView.REGISTERED_PARAM, "1")));
        } catch (InvalidInputException e) {
            FieldErrors.show(e.fieldErrors(), fields).values().forEach(card::showError);
        } catch (ConflictException e) {
            FieldErrors.show(Map.of("email", e.getMessage()), fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
