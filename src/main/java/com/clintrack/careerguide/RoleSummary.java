package com.clintrack.careerguide;

/** A role as lists show it. */
public record RoleSummary(String slug, String title, String summary) {
}
