package com.clintrack;

import com.clintrack.account.AccountService;
import com.clintrack.account.Registration;
import com.clintrack.base.ConflictException;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the browserless UI tests. Sign a test in with
 * {@code @WithUserDetails(value = UiTest.USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)}; the
 * user is created before each test, and the admin comes from the first-start bootstrap.
 */
@IntegrationTest
@ViewPackages(packages = "com.clintrack")
public abstract class UiTest extends SpringBrowserlessTest {

    public static final String USER = "ui-user@clintrack.test";
    public static final String USER_NAME = "Uma User";
    public static final String ADMIN = "admin@clintrack.test";

    @Autowired
    protected AccountService accountService;

    @BeforeEach
    void ensureUiUser() {
        try {
            accountService.register(new Registration(USER, USER_NAME, TestAccounts.PASSWORD, "America/Chicago"),
                    "127.0.0.1");
        } catch (ConflictException alreadyThere) {
            // created by an earlier test in this context
        }
    }
}
