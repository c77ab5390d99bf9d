package com.clintrack.assistant;

import java.util.List;

/** What a coaching plan should close: missing skills and certifications, over a number of weeks. */
public record CoachingBrief(String roleTitle, List<String> missingSkills, List<String> missingCertifications,
        int weeks) {

    public CoachingBrief {
        missingSkills = List.copyOf(missingSkills);
        missingCertifications = List.copyOf(missingCertifications);
    }
}
