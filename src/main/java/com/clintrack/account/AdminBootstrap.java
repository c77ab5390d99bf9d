package com.clintrack.account;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.security.AppRoles;
import com.clintrack.security.PasswordPolicy;
import com.clintrack.security.SecretTokens;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a first start (no admin yet) creates the admin account: from CLINTRACK_ADMIN_EMAIL and
 * CLINTRACK_ADMIN_PASSWORD when set, otherwise admin@clintrack.local with a random password that is
 * logged once and must be changed at the first sign-in.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String DEFAULT_EMAIL = "admin@clintrack.local";
    private static final String DISPLAY_NAME = "Administrator";
    private static final String DEFAULT_TIME_ZONE = "UTC";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;
    private final UsageRows usageRows;
    private final String email;
    private final String password;

    AdminBootstrap(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditLog audit, Clock clock, UsageRows usageRows, @Value("${clintrack.admin.email:}") String email,
            @Value("${clintrack.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
        this.usageRows = usageRows;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsWithRole(AppRoles.ADMIN)) {
            return;
        }
        boolean configured = !email.isBlank() && !password.isBlank();
        String adminEmail = configured ? AccountValidation.normalizeEmail(email) : DEFAULT_EMAIL;
        String adminPassword = configured ? password : SecretTokens.newSecret("");
        if (configured) {
            passwordPolicy.check(adminPassword, adminEmail).ifPresent(violation -> {
                throw new IllegalStateException("CLINTRACK_ADMIN_PASSWORD breaks the password policy ("
                        + violation + "): use 12 to 128 characters, not a common password and not the email.");
            });
        }
        AppUser admin = users.findByEmail(adminEmail).orElseGet(() -> new AppUser(adminEmail, DISPLAY_NAME,
                passwordEncoder.encode(adminPassword), DEFAULT_TIME_ZONE, clock.instant()));
        admin.grantRole(AppRoles.ADMIN);
        if (!configured) {
            admin.changePassword(passwordEncoder.encode(adminPassword), true);
            log.warn("""

                    ============================================================
                    First start: created the admin account {}
                    with the one-time password: {}
                    You must change it at the first sign-in. This is shown once.
                    ============================================================""", adminEmail, adminPassword);
        } else {
            log.info("First start: created the admin account {} from CLINTRACK_ADMIN_EMAIL", adminEmail);
        }
        users.saveAndFlush(admin);
        usageRows.createFor(admin.id());
        audit.record(AuditAction.ROLE_CHANGE, AuditOutcome.SUCCESS, null, "system", adminEmail, null,
                "granted " + AppRoles.ADMIN + " to the first admin");
    }
}
