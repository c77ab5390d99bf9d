package com.clintrack.documents;

import com.clintrack.base.Messages;
import com.clintrack.security.CurrentUser;
import com.clintrack.tracker.SentDocumentLabels;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents as the tracker's applications see them: which of the user's resume and cover-letter versions
 * can be recorded as sent, their labels (the tracker's {@link SentDocumentLabels} port, which the tracker
 * also uses to refuse other users' ids), and the keyword match of the resume linked to an application.
 * Every query is scoped to the signed-in user.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SentDocumentsService implements SentDocumentLabels {

    /** How many versions a picker offers (newest documents first). */
    public static final int CHOICES_MAX = 200;

    private final ResumeRepository resumes;
    private final ResumeVersionRepository resumeVersions;
    private final CoverLetterVersionRepository letterVersions;
    private final ResumeJson json;
    private final RoleData roleData;
    private final CurrentUser currentUser;
    private final Messages messages;

    SentDocumentsService(ResumeRepository resumes, ResumeVersionRepository resumeVersions,
            CoverLetterVersionRepository letterVersions, ResumeJson json, RoleData roleData, CurrentUser currentUser,
            Messages messages) {
        this.resumes = resumes;
        this.resumeVersions = resumeVersions;
        this.letterVersions = letterVersions;
        this.json = json;
        this.roleData = roleData;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<SentVersion> resumeVersionChoices() {
        return rows(resumeVersions.describeAll(currentUser.id(), PageRequest.of(0, CHOICES_MAX)));
    }

    @Transactional(readOnly = true)
    public List<SentVersion> coverLetterVersionChoices() {
        return rows(letterVersions.describeAll(currentUser.id(), PageRequest.of(0, CHOICES_MAX)));
    }

    /** The user's resume version with that id; empty when it is gone or someone else's. */
    @Transactional(readOnly = true)
    public Optional<SentVersion> resumeVersion(long versionId) {
        return rows(resumeVersions.describe(currentUser.id(), List.of(versionId))).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<SentVersion> coverLetterVersion(long versionId) {
        return rows(letterVersions.describe(currentUser.id(), List.of(versionId))).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> resumeVersionLabels(Collection<Long> versionIds) {
        return versionIds.isEmpty() ? Map.of() : labels(resumeVersions.describe(currentUser.id(), versionIds));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> coverLetterVersionLabels(Collection<Long> versionIds) {
        return versionIds.isEmpty() ? Map.of() : labels(letterVersions.describe(currentUser.id(), versionIds));
    }

    /** "Resume title · version 3", the label of a version wherever an application names it. */
    public String label(SentVersion version) {
        return messages.get("documents.sent.label", version.documentTitle(), version.number());
    }

    /**
     * Scores the resume linked to an application against its posting text (or the role profile when the
     * posting is empty): the exact version recorded as sent when there is one, otherwise the newest resume
     * tailored for the application. Empty when neither exists.
     */
    @Transactional(readOnly = true)
    public Optional<LinkedMatch> linkedMatch(long applicationId, @Nullable Long resumeVersionId,
            @Nullable String postingText) {
        long owner = currentUser.id();
        String posting = postingText == null || postingText.isBlank() ? null
                : postingText.substring(0, Math.min(postingText.length(), DocumentLimits.POSTING_MAX));
        if (resumeVersionId != null) {
            Optional<LinkedMatch> sent = resumeVersions.findByIdAndOwnerId(resumeVersionId, owner)
                    .flatMap(v -> resumes.findByIdAndOwnerId(v.documentId(), owner).map(r -> new LinkedMatch(r.id(),
                            r.title(), v.number(), match(v.content(), posting))));
            if (sent.isPresent()) {
                return sent;
            }
        }
        return resumes.findByOwnerIdAndApplicationIdOrderByUpdatedAtDesc(owner, applicationId).stream().findFirst()
                .map(r -> new LinkedMatch(r.id(), r.title(), null, match(r.content(), posting)));
    }

    private MatchResult match(String content, @Nullable String posting) {
        return roleData.matcher().match(ResumeText.of(json.read(content)), posting);
    }

    private Map<Long, String> labels(List<Object[]> rows) {
        Map<Long, String> out = new LinkedHashMap<>();
        rows(rows).forEach(v -> out.put(v.versionId(), label(v)));
        return out;
    }

    private static List<SentVersion> rows(List<Object[]> rows) {
        return rows.stream().map(row -> new SentVersion(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (String) row[2], ((Number) row[3]).intValue(), (Instant) row[4])).toList();
    }
}
