package com.clintrack.account;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.AppRoles;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * GDPR: download all my data (a zip of JSON files, plus whatever the features add through
 * {@link UserDataContributor}, such as the tracker's applications.csv) and delete an account with every
 * row that refers to it. Deletion is also the admin's "delete account".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountDataService {

    public static final String EXPORT_FILE_NAME = "clintrack-export.zip";

    private final AppUserRepository users;
    private final QuotaService quotas;
    private final PlanService plans;
    private final List<UserDataContributor> contributors;
    private final PasswordEncoder passwordEncoder;
    private final PersistentTokenRepository rememberMeTokens;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final AdminActing acting;
    private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    AccountDataService(AppUserRepository users, QuotaService quotas, PlanService plans,
            List<UserDataContributor> contributors, PasswordEncoder passwordEncoder,
            PersistentTokenRepository rememberMeTokens, CurrentUser currentUser, AuditLog audit, Messages messages,
            Clock clock, AdminActing acting) {
        this.users = users;
        this.acting = acting;
        this.quotas = quotas;
        this.plans = plans;
        this.contributors = List.copyOf(contributors);
        this.passwordEncoder = passwordEncoder;
        this.rememberMeTokens = rememberMeTokens;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The signed-in user's data as a zip. */
    @Transactional(readOnly = true)
    public byte[] exportMine() {
        AppUserPrincipal me = currentUser.require();
        AppUser user = load(me.id());
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", user.id());
        account.put("email", user.email());
        account.put("displayName", user.displayName());
        account.put("timeZone", user.timeZone());
        account.put("theme", user.theme().name());
        account.put("plan", user.plan().name());
        account.put("roles", user.roles().stream().sorted().toList());
        account.put("createdAt", user.createdAt().toString());
        account.put("lastSignInAt", user.lastSignInAt() == null ? null : user.lastSignInAt().toString());
        account.put("exportedAt", clock.instant().toString());
        files.put("account.json", write(account));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("subscription", plans.mySubscription());
        plan.put("history", plans.myHistory());
        plan.put("usage", quotas.myUsage());
        files.put("plan.json", write(plan));
        for (UserDataContributor contributor : contributors) {
            contributor.export(me.id(), (name, content) -> {
                if (files.putIfAbsent(name, content) != null) {
                    throw new IllegalStateException("Two contributors export " + name);
                }
            });
        }
        audit.record(AuditAction.DATA_EXPORT, AuditOutcome.SUCCESS, me.id(), me.email(), me.email(), null,
                files.size() + " files");
        return zip(files);
    }

    /** Deletes the signed-in user's account after checking the password. */
    @Transactional
    public void deleteMine(String password) {
        AppUserPrincipal me = currentUser.require();
        AppUser user = load(me.id());
        if (user.roles().contains(AppRoles.ADMIN)) {
            // Otherwise the last admin could remove themselves; another admin must revoke the role first.
            throw InvalidInputException.of("password", messages.get("account.delete.adminFirst"));
        }
        if (password == null || !passwordEncoder.matches(password, user.passwordHash())) {
            audit.record(AuditAction.ACCOUNT_DELETE, AuditOutcome.FAILURE, me.id(), me.email(), me.email(), null,
                    "wrong password");
            throw InvalidInputException.of("password", messages.get("account.password.currentWrong"));
        }
        delete(user);
        audit.record(AuditAction.ACCOUNT_DELETE, AuditOutcome.SUCCESS, null, "self", "account #" + me.id(), null,
                "deleted by its owner");
    }

    /** An admin deletes another account after typing its email. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteByAdmin(long userId, String typedEmail) {
        AppUserPrincipal admin = currentUser.require();
        AppUser user = acting.lockTarget(admin, userId);
        if (user.id() == admin.id()) {
            throw InvalidInputException.of("email", messages.get("adminconsole.delete.self"));
        }
        if (typedEmail == null || !AccountValidation.normalizeEmail(typedEmail).equals(user.email())) {
            throw InvalidInputException.of("email", messages.get("adminconsole.delete.emailMismatch"));
        }
        delete(user);
        audit.record(AuditAction.ACCOUNT_DELETE, AuditOutcome.SUCCESS, admin.id(), admin.email(),
                "account #" + userId, null, "deleted by admin");
    }

    /** Counts of every feature's data for the admin's user detail; never contents. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, Long> countsOf(long userId) {
        load(userId);
        Map<String, Long> counts = new TreeMap<>();
        contributors.forEach(c -> counts.putAll(c.counts(userId)));
        return counts;
    }

    private void delete(AppUser user) {
        long id = user.id();
        plans.endSubscriptionForDeletion(id);
        contributors.forEach(c -> c.deleteAll(id));
        rememberMeTokens.removeUserTokens(user.email());
        audit.forgetActor(id);
        // Every other table refers to app_user with on delete cascade (checked by AccountDeletionTest).
        users.delete(user);
        users.flush();
    }

    private AppUser load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("Account"));
    }

    private byte[] write(@Nullable Object value) {
        return json.writeValueAsBytes(value);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(Instant.EPOCH.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
