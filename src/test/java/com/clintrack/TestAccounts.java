package com.clintrack;

import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.account.Registration;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Creates accounts for tests and signs them in on the current thread. */
public final class TestAccounts {

    public static final String PASSWORD = "a long and unusual test passphrase";

    private TestAccounts() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static AccountSummary register(AccountService accounts, String prefix) {
        return accounts.register(new Registration(uniqueEmail(prefix), "Test " + prefix, PASSWORD, "America/Chicago"),
                "127.0.0.1");
    }

    /** Puts the user into the security context, as a signed-in session would. */
    public static void signIn(UserDetailsService users, String email) {
        var principal = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
