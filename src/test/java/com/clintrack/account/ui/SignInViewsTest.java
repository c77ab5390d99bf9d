package com.clintrack.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The anonymous views: sign-in, registration, forgot password and reset. */
class SignInViewsTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    private String message() {
        return find(Div.class).withClassName("auth-message").single().getText();
    }

    @Test
    void sign_in_with_a_wrong_password_shows_the_generic_message_and_keeps_the_email() {
        LoginView view = navigate(LoginView.class);
        test(find(EmailField.class).id("email")).setValue(USER);
        test(find(PasswordField.class).id("password")).setValue("not my password at all");

        test(find(Button.class).id("sign-in")).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(message()).startsWith("Sign-in failed.");
        assertThat(find(EmailField.class).id("email").getValue()).isEqualTo(USER);
        assertThat(find(PasswordField.class).id("password").getValue()).isEmpty();
    }

    @Test
    void an_unknown_account_gets_exactly_the_same_message() {
        navigate(LoginView.class);
        test(find(EmailField.class).id("email")).setValue(TestAccounts.uniqueEmail("nobody"));
        test(find(PasswordField.class).id("password")).setValue("whatever it may be");
        test(find(Button.class).id("sign-in")).click();
        String unknown = message();

        navigate(LoginView.class);
        test(find(EmailField.class).id("email")).setValue(USER);
        test(find(PasswordField.class).id("password")).setValue("whatever it may be");
        test(find(Button.class).id("sign-in")).click();

        assertThat(message()).isEqualTo(unknown);
    }

    @Test
    void registration_creates_the_account_and_returns_to_sign_in() {
        navigate(RegisterView.class);
        String email = TestAccounts.uniqueEmail("ui-register");
        test(find(EmailField.class).id("email")).setValue(email);
        test(find(TextField.class).id("display-name")).setValue("Rae Register");
        test(find(PasswordField.class).id("password")).setValue(TestAccounts.PASSWORD);
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = find(ComboBox.class).id("time-zone");
        zone.setValue("America/Phoenix");

        test(find(Button.class).id("register")).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(message()).contains("Your account is ready");
        assertThat(jdbc.queryForMap("select display_name, time_zone from app_user where email = ?", email))
                .isEqualTo(Map.of("DISPLAY_NAME", "Rae Register", "TIME_ZONE", "America/Phoenix"));
    }

    @Test
    void a_refused_registration_shows_the_reason_at_the_field_and_keeps_the_input() {
        navigate(RegisterView.class);
        String email = TestAccounts.uniqueEmail("ui-weak");
        test(find(EmailField.class).id("email")).setValue(email);
        test(find(TextField.class).id("display-name")).setValue("Wes Weak");
        test(find(PasswordField.class).id("password")).setValue("qwerty123456");

        test(find(Button.class).id("register")).click();

        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
        PasswordField password = find(PasswordField.class).id("password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("commonly used");
        assertThat(password.getValue()).isEqualTo("qwerty123456");
        assertThat(find(EmailField.class).id("email").getValue()).isEqualTo(email);
        assertThat(find(TextField.class).id("display-name").getValue()).isEqualTo("Wes Weak");
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void a_taken_email_is_reported_at_the_email_field() {
        navigate(RegisterView.class);
        test(find(EmailField.class).id("email")).setValue(USER);
        test(find(TextField.class).id("display-name")).setValue("Copy Cat");
        test(find(PasswordField.class).id("password")).setValue(TestAccounts.PASSWORD);
        test(find(Button.class).id("register")).click();

        EmailField field = find(EmailField.class).id("email");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("already exists");
    }

    @Test
    void forgot_password_answers_the_same_for_any_email() {
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).id("email")).setValue(TestAccounts.uniqueEmail("ghost"));
        test(find(Button.class).id("send-link")).click();
        assertThat(message()).contains("If that email has an account");
    }

    @Test
    void a_reset_link_without_a_valid_token_is_explained_and_the_form_disabled() {
        com.vaadin.flow.component.UI.getCurrent().navigate(ResetPasswordView.class,
                com.vaadin.flow.router.QueryParameters.of("token", "bogus"));
        assertThat(getCurrentView()).isInstanceOf(ResetPasswordView.class);
        assertThat(message()).contains("invalid, used or expired");
        assertThat(find(PasswordField.class).id("password").isEnabled()).isFalse();
        assertThat(find(Button.class).id("set-password").isEnabled()).isFalse();
    }

    @Test
    void a_valid_reset_link_sets_the_password_and_returns_to_sign_in() {
        com.clintrack.account.AccountSummary user = TestAccounts.register(accountService, "ui-reset");
        String secret = "pr_ui_test_secret_" + user.id();
        jdbc.update("insert into password_reset_token (user_id, token_hash, created_at, expires_at) "
                + "values (?, ?, current_timestamp, dateadd('MINUTE', 30, current_timestamp))",
                user.id(), com.clintrack.security.SecretTokens.hash(secret));
        com.vaadin.flow.component.UI.getCurrent().navigate(ResetPasswordView.class,
                com.vaadin.flow.router.QueryParameters.of("token", secret));

        test(find(PasswordField.class).id("password")).setValue("my new and private passphrase");
        test(find(Button.class).id("set-password")).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(message()).contains("Your password is set");
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where user_id = ? and used_at is null",
                Integer.class, user.id())).isZero();
    }
}
