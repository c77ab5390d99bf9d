package com.clintrack.account.ui;

import com.clintrack.account.PasswordResetService;
import com.clintrack.base.TooManyRequestsException;
import com.clintrack.security.ClientAddress;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a password reset link by email. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

    private final PasswordResetService resets;
    private final EmailField email = new EmailField(getTranslation("auth.email"));
    private final AuthCard card;

    public ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        email.setId("email");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        Button submit = new Button(getTranslation("forgot.submit"), event -> submit());
        submit.setId("send-link");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER);
        VerticalLayout form = new VerticalLayout(email, submit);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("auth-form");
        Div footer = new Div(new RouterLink(getTranslation("forgot.back"), LoginView.class));
        footer.addClassName("auth-footer");
        card = new AuthCard(getTranslation("forgot.heading"), getTranslation("forgot.subtitle"), form, footer);
        add(card);
        setSizeFull();
    }

    private void submit() {
        card.clearMessage();
        if (email.isEmpty() || email.isInvalid()) {
            email.setErrorMessage(getTranslation("account.email.invalid"));
            email.setInvalid(true);
            return;
        }
        try {
            resets.requestReset(email.getValue(), ClientAddress.current());
            card.showSuccess(getTranslation("forgot.sent"));
        } catch (TooManyRequestsException e) {
            card.showError(getTranslation("auth.rateLimited"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · " + getTranslation("app.name");
    }
}
