package com.clintrack.assistant;

import java.util.List;

/** A job to suggest resume bullets for, and the skills the bullets should show. */
public record BulletBrief(String roleTitle, String jobTitle, String employer, List<String> skills, int count) {

    public BulletBrief {
        skills = List.copyOf(skills);
    }
}
