package com.clintrack.admin.api;

import com.clintrack.account.AccountAdminService;
import com.clintrack.account.AccountSummary;
import com.clintrack.account.Plan;
import com.clintrack.base.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin only (the API chain and the service both require ADMIN): read and change an account. */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUsersController {

    static final String API_REASON = "changed through the admin API";

    /** PATCH body: every field optional. */
    record UserPatch(@Nullable String plan, @Nullable Boolean locked, @Nullable List<String> roles,
            @Nullable String reason) {
    }

    /** An account as the admin API shows it. */
    record AdminUser(long id, String email, String displayName, String plan, List<String> roles, boolean locked,
            Instant createdAt, @Nullable Instant lastSignInAt) {
    }

    private final AccountAdminService admin;

    AdminUsersController(AccountAdminService admin) {
        this.admin = admin;
    }

    @GetMapping("/{id}")
    AdminUser get(@PathVariable long id) {
        return toResponse(admin.get(id));
    }

    /** Plan, lock and roles change together or not at all (one transaction in the service). */
    @PatchMapping("/{id}")
    AdminUser patch(@PathVariable long id, @RequestBody UserPatch patch) {
        Plan plan = null;
        if (patch.plan() != null) {
            try {
                plan = Plan.valueOf(patch.plan().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("plan", "Use one of FREE, PLUS.");
            }
        }
        if (patch.roles() != null && patch.roles().stream().anyMatch(Objects::isNull)) {
            throw InvalidInputException.of("roles", "Roles are names such as USER and ADMIN.");
        }
        String reason = patch.reason() == null || patch.reason().isBlank() ? API_REASON : patch.reason();
        return toResponse(admin.update(id, plan, reason, patch.locked(),
                patch.roles() == null ? null : Set.copyOf(patch.roles())));
    }

    private static AdminUser toResponse(AccountSummary user) {
        return new AdminUser(user.id(), user.email(), user.displayName(), user.plan().name(),
                user.roles().stream().sorted().toList(), user.locked(), user.createdAt(), user.lastSignInAt());
    }
}
