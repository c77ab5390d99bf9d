package com.clintrack.account;

import com.clintrack.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The one AuthenticationManager: email and password, with lockout, audit and hash upgrades. */
@Configuration(proxyBeanMethods = false)
class AuthenticationConfig {

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
            SignInAttempts attempts, AuditLog audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        return new ProviderManager(new LockoutAuthenticationProvider(passwords, attempts, audit));
    }
}
