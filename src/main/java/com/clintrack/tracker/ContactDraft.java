package com.clintrack.tracker;

import org.jspecify.annotations.Nullable;

/** What a user enters for a contact; {@code version} is needed on update. */
public record ContactDraft(@Nullable String name, @Nullable ContactRole role, @Nullable String email,
        @Nullable String phone, @Nullable String linkedinUrl, @Nullable String notes, @Nullable Long version) {
}
