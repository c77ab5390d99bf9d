package com.clintrack.careerguide;

/**
 * One thing wrong with a role file.
 *
 * @param file the file's name
 * @param path where inside the file, as a JSONPath ({@code $.keyFacts.medianSalaryUsd}); {@code $} for the
 *     whole file
 * @param reason what is wrong, in English
 */
public record RoleFileProblem(String file, String path, String reason) {

    @Override
    public String toString() {
        return file + " " + path + ": " + reason;
    }
}
