package com.clintrack.account.ui;

import com.clintrack.account.WebSignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign-in by email and password, with an opt-in "keep me signed in". */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String REGISTERED_PARAM = "registered";
    static final String RESET_PARAM = "reset";

    private final WebSignIn signIn;
    private final AuthenticationContext authenticationContext;
    private final EmailField email = new EmailField(getTranslation("auth.email"));
    private final PasswordField password = new PasswordField(getTranslation("auth.password"));
    private final Checkbox rememberMe = new Checkbox(getTranslation("auth.rememberMe"));
    private final Button submit = new Button(getTranslation("login.submit"));
    private final AuthCard card;

    public LoginView(WebSignIn signIn, AuthenticationContext authenticationContext) {
        this.signIn = signIn;
        this.authenticationContext = authenticationContext;
        email.setId("email");
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        password.setId("password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        rememberMe.setId("remember-me");
        submit.setId("sign-in");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(event -> submit());

        RouterLink forgot = new RouterLink(getTranslation("login.forgot"), ForgotPasswordView.class);
        forgot.addClassName("auth-aside-link");
        VerticalLayout form = new VerticalLayout(email, password, forgot, rememberMe, submit);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("auth-form");

        Div footer = new Div(new Span(getTranslation("login.noAccount") + " "),
                new RouterLink(getTranslation("login.register"), RegisterView.class));
        footer.addClassName("auth-footer");
        card = new AuthCard(getTranslation("login.heading"), getTranslation("login.subtitle"), form, footer);
        add(card);
        setSizeFull();
    }

    private void submit() {
        card.clearMessage();
        WebSignIn.Result result = signIn.signIn(email.getValue(), password.getValue(), rememberMe.getValue());
        switch (result.outcome()) {
            case SIGNED_IN -> getUI().ifPresent(ui -> ui.getPage().setLocation(result.redirectTo()));
            case REFUSED -> {
                password.clear();
                card.showError(getTranslation("login.failed"));
                password.focus();
            }
            case RATE_LIMITED -> card.showError(getTranslation("auth.rateLimited"));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(REGISTERED_PARAM)) {
            card.showSuccess(getTranslation("register.done"));
        } else if (parameters.containsKey(RESET_PARAM)) {
            card.showSuccess(getTranslation("login.passwordChanged"));
        }
        email.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
