package com.clintrack;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The default H2 file database keeps a registered user across a restart of the application. */
class DataSurvivesRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                .run("--server.port=0", "--clintrack.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/clintrack");
    }

    @Test
    void a_registered_user_can_sign_in_after_a_restart() {
        String email;
        try (ConfigurableApplicationContext first = start()) {
            AccountSummary user = TestAccounts.register(first.getBean(AccountService.class), "restart");
            email = user.email();
        }
        assertThat(Files.exists(dataDir.resolve("clintrack.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            var auth = second.getBean(AuthenticationManager.class).authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, TestAccounts.PASSWORD));
            assertThat(auth.isAuthenticated()).isTrue();
        }
    }
}
