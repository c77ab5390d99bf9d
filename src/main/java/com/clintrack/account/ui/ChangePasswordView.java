package com.clintrack.account.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.account.AccountService;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.ClientAddress;
import com.clintrack.security.CurrentUser;
import com.clintrack.security.PasswordPolicy;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** Changes the password; also where a first-start admin is sent to replace the one-time password. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final AuthenticationContext authenticationContext;
    private final boolean forced;
    private final PasswordField current = new PasswordField(getTranslation("password.current"));
    private final PasswordField next = new PasswordField(getTranslation("password.new"));

    public ChangePasswordView(AccountService accounts, CurrentUser currentUser,
            AuthenticationContext authenticationContext) {
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
        this.forced = currentUser.require().mustChangePassword();
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setId("new-password");
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        next.setHelperText(getTranslation("register.password.helper"));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        FormLayout form = new FormLayout(current, next);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        Button save = new Button(getTranslation("common.save"), event -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("common.cancel"),
                event -> getUI().ifPresent(ui -> ui.navigate(AccountView.class)));
        cancel.setVisible(!forced);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");

        add(new ViewToolbar(getTranslation("password.title")));
        if (forced) {
            Div notice = new Div(getTranslation("password.mustChange"));
            notice.addClassName("notice");
            add(notice);
        }
        Div card = new Div(form, buttons);
        card.addClassNames("card", "form-card");
        add(card);
    }

    private void save() {
        try {
            accounts.changePassword(current.getValue(), next.getValue(), ClientAddress.current());
            accounts.keepCurrentSession(com.vaadin.flow.server.VaadinSession.getCurrent().getSession());
            if (forced) {
                // The session still carries the must-change flag: sign in again with the new password.
                authenticationContext.logout();
                return;
            }
            current.clear();
            next.clear();
            Notifications.success(getTranslation("password.changed"));
        } catch (InvalidInputException e) {
            FieldErrors.show(e.fieldErrors(), Map.of("currentPassword", current, "newPassword", next));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
