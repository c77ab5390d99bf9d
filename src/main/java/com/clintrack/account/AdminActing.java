package com.clintrack.account;

import com.clintrack.base.NotFoundException;
import com.clintrack.security.AppRoles;
import com.clintrack.security.AppUserPrincipal;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first step of every admin write on an account. The role in the admin's session was read at sign-in;
 * another admin may have revoked it or locked the account a moment ago, in a transaction that is still
 * open. Locking both rows (the admin's and the target's) makes such actions take turns, and the admin's
 * role is then read again as committed. So two admins demoting each other at the same moment cannot leave
 * the system without an admin: the second finds it is no longer one and is refused.
 */
@Component
class AdminActing {

    private final AppUserRepository users;
    private final EntityManager entityManager;

    AdminActing(AppUserRepository users, EntityManager entityManager) {
        this.users = users;
        this.entityManager = entityManager;
    }

    /** Locks the admin's and the target's rows, checks the admin still is one, and answers the target. */
    @Transactional(propagation = Propagation.MANDATORY)
    AppUser lockTarget(AppUserPrincipal admin, long targetId) {
        // A set of one when the admin acts on their own account (the callers then refuse most actions).
        List<AppUser> rows = users.lockInIdOrder(new TreeSet<>(List.of(admin.id(), targetId)));
        // A row loaded earlier in this transaction would come back as it was then: read it again, locked.
        rows.forEach(entityManager::refresh);
        AppUser actor = rows.stream().filter(u -> u.id() == admin.id()).findFirst().orElse(null);
        if (actor == null || !actor.roles().contains(AppRoles.ADMIN) || actor.lockedByAdmin()) {
            throw new AccessDeniedException("The admin role was revoked or the account locked meanwhile");
        }
        return rows.stream().filter(u -> u.id() == targetId).findFirst()
                .orElseThrow(() -> new NotFoundException("Account"));
    }
}
