package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Changing the password ends the user's other web sessions, and only those. */
@IntegrationTest
@AutoConfigureMockMvc
class SessionRevocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private MockHttpSession signedInSession(String email, Instant signedInAt) {
        UserDetails principal = userDetails.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        session.setAttribute(SessionRevocation.SIGNED_IN_AT, signedInAt.toEpochMilli());
        return session;
    }

    @Test
    void a_password_change_ends_older_sessions_and_spares_the_fresh_one() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "sessions");
        MockHttpSession other = signedInSession(user.email(), Instant.now().minusSeconds(60));
        MvcResult before = mvc.perform(get("/v3/api-docs").session(other)).andReturn();
        assertThat(before.getResponse().getRedirectedUrl()).isNull();

        TestAccounts.signIn(userDetails, user.email());
        accounts.changePassword(TestAccounts.PASSWORD, "an entirely new and long passphrase", "127.0.0.1");
        TestAccounts.signOut();
        MockHttpSession fresh = signedInSession(user.email(), Instant.now().plusSeconds(1));

        MvcResult revoked = mvc.perform(get("/v3/api-docs").session(other)).andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(other.isInvalid()).isTrue();
        MvcResult kept = mvc.perform(get("/v3/api-docs").session(fresh)).andReturn();
        assertThat(fresh.isInvalid()).isFalse();
        assertThat(kept.getResponse().getRedirectedUrl()).isNull();
    }
}
