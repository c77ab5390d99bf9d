package com.clintrack.account.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.account.PasswordResetService;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.TooManyRequestsException;
import com.clintrack.security.ClientAddress;
import com.clintrack.security.PasswordPolicy;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Sets a new password from an emailed link ({@code /reset-password?token=...}). */
@Route(value = PasswordResetService.RESET_PATH, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final PasswordField password = new PasswordField(getTranslation("reset.password"));
    private final Button submit = new Button(getTranslation("reset.submit"));
    private final AuthCard card;
    private String token = "";

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        password.setId("password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(getTranslation("register.password.helper"));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        password.setWidthFull();
        submit.setId("set-password");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(event -> submit());
        VerticalLayout form = new VerticalLayout(password, submit);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("auth-form");
        Div footer = new Div(new RouterLink(getTranslation("reset.requestNew"), ForgotPasswordView.class));
        footer.addClassName("auth-footer");
        card = new AuthCard(getTranslation("reset.heading"), getTranslation("reset.subtitle"), form, footer);
        add(card);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        boolean valid = !token.isBlank() && resets.isValid(token);
        password.setEnabled(valid);
        submit.setEnabled(valid);
        if (!valid) {
            card.showError(getTranslation("reset.link.invalid"));
        }
    }

    private void submit() {
        card.clearMessage();
        try {
            resets.resetPassword(token, password.getValue(), ClientAddress.current());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of(LoginView.RESET_PARAM, "1")));
        } catch (InvalidInputException e) {
            FieldErrors.show(e.fieldErrors(), Map.of("password", password)).values().forEach(card::showError);
        } catch (TooManyRequestsException e) {
            card.showError(getTranslation("auth.rateLimited"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · " + getTranslation("app.name");
    }
}
