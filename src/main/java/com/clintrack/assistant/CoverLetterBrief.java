package com.clintrack.assistant;

import java.util.List;

/**
 * What a cover letter is drafted from: the applicant (from the chosen resume), the job (company, title,
 * posting), and what matched. {@code matchedTerms} are the posting's terms the resume has;
 * {@code missingTerms} the ones it lacks. All of it comes from the caller, so the engine needs no
 * other feature.
 */
public record CoverLetterBrief(String applicantName, String contactLine, String roleTitle, String company,
        String jobTitle, String postingText, List<String> matchedTerms, List<String> missingTerms,
        List<String> certifications, List<String> highlights, String latestTitle, String latestEmployer,
        int clinicalHours, Tone tone) {

    public CoverLetterBrief {
        matchedTerms = List.copyOf(matchedTerms);
        missingTerms = List.copyOf(missingTerms);
        certifications = List.copyOf(certifications);
        highlights = List.copyOf(highlights);
    }
}
