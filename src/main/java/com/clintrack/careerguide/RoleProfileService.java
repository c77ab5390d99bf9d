package com.clintrack.careerguide;

import com.clintrack.base.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The career guide as other features read it: the roles, each role's profile, its keyword dictionary and
 * its interview question bank. Always the active version (the latest upload or restore, else the file the
 * app ships with).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoleProfileService {

    private final ActiveRoles roles;
    private final CareerGuideProperties properties;

    RoleProfileService(ActiveRoles roles, CareerGuideProperties properties) {
        this.roles = roles;
        this.properties = properties;
    }

    /** Every role, by title. */
    @Transactional(readOnly = true)
    public List<RoleSummary> list() {
        return roles.all().stream().map(role -> role.role().profile().toSummary()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RoleProfile> find(String slug) {
        return roles.find(slug).map(role -> role.role().profile());
    }

    /** @throws NotFoundException for an unknown slug */
    @Transactional(readOnly = true)
    public RoleProfile get(String slug) {
        return find(slug).orElseThrow(() -> notFound(slug));
    }

    /** The whole active role file as compact JSON, every field as written. */
    @Transactional(readOnly = true)
    public String json(String slug) {
        return roles.find(slug).map(role -> role.role().json()).orElseThrow(() -> notFound(slug));
    }

    @Transactional(readOnly = true)
    public List<Keyword> keywords(String slug) {
        return get(slug).keywords();
    }

    @Transactional(readOnly = true)
    public KeywordIndex keywordIndex(String slug) {
        return KeywordIndex.of(keywords(slug));
    }

    @Transactional(readOnly = true)
    public List<InterviewQuestion> interviewQuestions(String slug) {
        return get(slug).interviewQuestions();
    }

    /** The questions of one category and difficulty; null means any. */
    @Transactional(readOnly = true)
    public List<InterviewQuestion> interviewQuestions(String slug, @Nullable InterviewCategory category,
            @Nullable Difficulty difficulty) {
        return interviewQuestions(slug).stream()
                .filter(question -> category == null || question.category() == category)
                .filter(question -> difficulty == null || question.difficulty() == difficulty)
                .toList();
    }

    /** The role that the career guide opens: the configured one, else the first; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<String> defaultSlug() {
        if (roles.find(properties.defaultRole()).isPresent()) {
            return Optional.of(properties.defaultRole());
        }
        return roles.all().stream().findFirst().map(role -> role.role().slug());
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("Role " + slug);
    }
}
