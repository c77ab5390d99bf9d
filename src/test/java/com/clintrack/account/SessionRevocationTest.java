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
    @Autowired
    AccountAdminService admin;
    @Autowired
    AccountDataService data;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    private boolean revoked(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/v3/api-docs").session(session)).andReturn();
        return session.isInvalid() && result.getResponse().getRedirectedUrl() != null;
    }

    @Test
    void demoting_or_locking_a_user_ends_their_open_sessions() throws Exception {
        AccountSummary demoted = TestAccounts.register(accounts, "demoted");
        AccountSummary locked = TestAccounts.register(accounts, "locked");
        TestAccounts.signIn(userDetails, "admin@clintrack.test");
        admin.setAdmin(demoted.id(), true);
        MockHttpSession adminSession = signedInSession(demoted.email(), Instant.now().minusSeconds(60));
        MockHttpSession lockedSession = signedInSession(locked.email(), Instant.now().minusSeconds(60));

        admin.setAdmin(demoted.id(), false);
        admin.setLocked(locked.id(), true);
        TestAccounts.signOut();

        assertThat(revoked(adminSession)).as("a demoted admin's old session").isTrue();
        assertThat(revoked(lockedSession)).as("a locked user's session").isTrue();
    }

    @Test
    void a_deleted_account_loses_its_sessions() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "deleted");
        MockHttpSession session = signedInSession(user.email(), Instant.now().minusSeconds(60));
        TestAccounts.signIn(userDetails, user.email());
        data.deleteMine(TestAccounts.PASSWORD);
        TestAccounts.signOut();

        assertThat(revoked(session)).isTrue();
    }

    @Test
    void an_admin_cannot_delete_their_own_account() {
        TestAccounts.signIn(userDetails, "admin@clintrack.test");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.deleteMine("correct horse battery staple admin"))
                .isInstanceOf(com.clintrack.base.InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = 'admin@clintrack.test'",
                Integer.class)).isEqualTo(1);
    }
}
