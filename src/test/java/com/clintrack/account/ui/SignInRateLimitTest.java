package com.clintrack.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Over the per-IP limit the sign-in view shows a plain refusal, and does not even try the password. */
@TestPropertySource(properties = "clintrack.security.rate-limit.per-ip-per-minute=2")
class SignInRateLimitTest extends UiTest {

    @Test
    void the_third_attempt_in_a_minute_is_refused_with_a_plain_message() {
        navigate(LoginView.class);
        for (int attempt = 0; attempt < 3; attempt++) {
            test(find(EmailField.class).id("email")).setValue(USER);
            test(find(PasswordField.class).id("password")).setValue("wrong password " + attempt);
            test(find(Button.class).id("sign-in")).click();
        }
        assertThat(find(Div.class).withClassName("auth-message").single().getText())
                .isEqualTo("Too many attempts from your network. Wait a minute, then try again.");
        assertThat(find(EmailField.class).id("email").getValue()).isEqualTo(USER);
    }
}
