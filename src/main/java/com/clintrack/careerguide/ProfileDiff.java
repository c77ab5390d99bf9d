package com.clintrack.careerguide;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The sections that differ between two role files, in the order of the new file. */
final class ProfileDiff {

    private ProfileDiff() {
    }

    static List<SectionChange> between(@Nullable JsonNode before, JsonNode after) {
        Set<String> sections = new LinkedHashSet<>(names(after));
        if (before != null) {
            sections.addAll(names(before));
        }
        List<SectionChange> changes = new ArrayList<>();
        for (String section : sections) {
            JsonNode old = before == null ? null : before.get(section);
            JsonNode now = after.get(section);
            if (old == null && now != null) {
                changes.add(new SectionChange(section, SectionChange.Kind.ADDED, null, size(now), 0, List.of()));
            } else if (old != null && now == null) {
                changes.add(new SectionChange(section, SectionChange.Kind.REMOVED, size(old), null, 0, List.of()));
            } else if (old != null && !old.equals(now)) {
                changes.add(changed(section, old, now));
            }
        }
        return List.copyOf(changes);
    }

    private static SectionChange changed(String section, JsonNode old, JsonNode now) {
        if (old.isArray() && now.isArray()) {
            int differing = Math.abs(old.size() - now.size());
            for (int i = 0; i < Math.min(old.size(), now.size()); i++) {
                if (!old.get(i).equals(now.get(i))) {
                    differing++;
                }
            }
            return new SectionChange(section, SectionChange.Kind.CHANGED, old.size(), now.size(), differing, List.of());
        }
        List<String> fields = new ArrayList<>();
        if (old.isObject() && now.isObject()) {
            Set<String> names = new LinkedHashSet<>(names(now));
            names.addAll(names(old));
            for (String name : names) {
                if (!old.path(name).equals(now.path(name))) {
                    fields.add(name);
                }
            }
        }
        return new SectionChange(section, SectionChange.Kind.CHANGED, null, null, 0, fields);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static @Nullable Integer size(JsonNode node) {
        return node.isArray() ? node.size() : null;
    }
}
