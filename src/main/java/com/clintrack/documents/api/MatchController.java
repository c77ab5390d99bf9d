package com.clintrack.documents.api;

import com.clintrack.base.InvalidInputException;
import com.clintrack.documents.KeywordCategory;
import com.clintrack.documents.MatchResult;
import com.clintrack.documents.ResumeSection;
import com.clintrack.documents.ResumeService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Scores one of the owner's resumes against a posting (or, with no text, against the role profile). */
@RestController
@RequestMapping("/api/v1/match")
class MatchController {

    record MatchRequest(@Nullable Long resumeId, @Nullable String text) {
    }

    record Category(int score, int weight, List<String> matched, List<String> missing) {
    }

    record Missing(String term, KeywordCategory category, ResumeSection suggestedSection) {
    }

    record MatchResponse(int score, MatchResult.Basis basis, Map<String, Category> breakdown, List<String> matched,
            List<Missing> missing) {
    }

    private final ResumeService resumes;

    MatchController(ResumeService resumes) {
        this.resumes = resumes;
    }

    @PostMapping
    MatchResponse match(@RequestBody MatchRequest request) {
        if (request.resumeId() == null) {
            throw InvalidInputException.of("resumeId", "Give the id of one of your resumes.");
        }
        MatchResult result = resumes.match(request.resumeId(), request.text());
        Map<String, Category> breakdown = new LinkedHashMap<>();
        result.breakdown().forEach((category, score) -> breakdown.put(key(category),
                new Category(score.score(), score.weight(), score.matchedTerms(), score.missingTerms())));
        return new MatchResponse(result.score(), result.basis(), breakdown, result.matched(),
                result.missing().stream().map(m -> new Missing(m.term(), m.category(), m.suggestedSection())).toList());
    }

    static String key(KeywordCategory category) {
        return switch (category) {
            case HARD_SKILL -> "hardSkills";
            case CERTIFICATION -> "certifications";
            case SOFT_SKILL -> "softSkills";
            case TITLE_EDUCATION -> "titleEducation";
        };
    }
}
