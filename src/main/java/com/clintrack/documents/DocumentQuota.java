package com.clintrack.documents;

import com.clintrack.account.AccountService;
import com.clintrack.account.Plan;
import com.clintrack.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one gate every "may I create a document?" goes through. Free allows one resume and one cover
 * letter; Plus has no limit. The user's row is locked first, so two creates at the same moment cannot
 * both pass the count.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DocumentQuota {

    static final Map<DocumentKind, Integer> FREE_LIMITS = Map.of(DocumentKind.RESUME, 1, DocumentKind.COVER_LETTER, 1);

    private final EntityManager entityManager;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ResumeRepository resumes;
    private final CoverLetterRepository letters;

    DocumentQuota(EntityManager entityManager, AccountService accounts, CurrentUser currentUser,
            ResumeRepository resumes, CoverLetterRepository letters) {
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.resumes = resumes;
        this.letters = letters;
    }

    /** Throws {@link DocumentQuotaExceededException} when the plan allows no more of this kind. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void checkCanCreate(DocumentKind kind) {
        long owner = currentUser.id();
        entityManager.createNativeQuery("select id from app_user where id = ? for update")
                .setParameter(1, owner).getSingleResult();
        Plan plan = accounts.me().plan();
        if (plan != Plan.FREE) {
            return;
        }
        int limit = FREE_LIMITS.get(kind);
        long used = used(kind, owner);
        if (used >= limit) {
            throw new DocumentQuotaExceededException(kind, limit, used);
        }
    }

    /** What the current user has and may have, for the UI's "1 of 1 used". */
    @Transactional(readOnly = true)
    public Usage usage(DocumentKind kind) {
        long owner = currentUser.id();
        Plan plan = accounts.me().plan();
        Integer limit = plan == Plan.FREE ? FREE_LIMITS.get(kind) : null;
        return new Usage(kind, used(kind, owner), limit);
    }

    private long used(DocumentKind kind, long owner) {
        return kind == DocumentKind.RESUME ? resumes.countByOwnerId(owner) : letters.countByOwnerId(owner);
    }

    /** How many documents of a kind exist, and the plan's limit (null: no limit). */
    public record Usage(DocumentKind kind, long used, @org.jspecify.annotations.Nullable Integer limit) {
        public boolean atLimit() {
            return limit != null && used >= limit;
        }
    }
}
