package com.clintrack.careerguide;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A role file that passed every check.
 *
 * @param tree the file as a JSON tree (Jackson 2, do not change it)
 * @param text the file as it was written
 * @param json the file as compact JSON: what the API returns
 */
record ParsedRole(String file, RoleProfile profile, JsonNode tree, String text, String json) {

    String slug() {
        return profile.slug();
    }
}
