package com.clintrack.careerguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileDiffTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(String text) throws Exception {
        return mapper.readTree(text.replace('\'', '"'));
    }

    @Test
    void reportsAddedChangedAndRemovedSectionsInTheNewFilesOrder() throws Exception {
        JsonNode before = json("{'a': [1, 2, 3], 'b': {'x': 1, 'y': 2}, 'gone': [1], 'same': 'text', 's': 'old'}");
        JsonNode after = json("{'new': [1, 2], 'a': [1, 5, 3, 4], 'b': {'x': 1, 'y': 3, 'z': 0}, 'same': 'text', 's': 'new'}");

        List<SectionChange> changes = ProfileDiff.between(before, after);

        assertThat(changes).containsExactly(
                new SectionChange("new", SectionChange.Kind.ADDED, null, 2, 0, List.of()),
                new SectionChange("a", SectionChange.Kind.CHANGED, 3, 4, 2, List.of()),
                new SectionChange("b", SectionChange.Kind.CHANGED, null, null, 0, List.of("y", "z")),
                new SectionChange("s", SectionChange.Kind.CHANGED, null, null, 0, List.of()),
                new SectionChange("gone", SectionChange.Kind.REMOVED, 1, null, 0, List.of()));
    }

    @Test
    void everythingIsAddedForANewRoleAndNothingChangesForTheSameFile() throws Exception {
        JsonNode file = json("{'a': 1, 'b': [1]}");

        assertThat(ProfileDiff.between(null, file)).extracting(SectionChange::kind)
                .containsExactly(SectionChange.Kind.ADDED, SectionChange.Kind.ADDED);
        assertThat(ProfileDiff.between(file, json("{'a': 1, 'b': [1]}"))).isEmpty();
    }
}
