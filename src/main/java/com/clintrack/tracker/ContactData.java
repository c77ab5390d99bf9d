package com.clintrack.tracker;

import org.jspecify.annotations.Nullable;

/** A contact as the views and the API see it. */
public record ContactData(long id, String name, @Nullable ContactRole role, @Nullable String email,
        @Nullable String phone, @Nullable String linkedinUrl, @Nullable String notes, long version) {

    public ContactDraft toDraft() {
        return new ContactDraft(name, role, email, phone, linkedinUrl, notes, version);
    }
}
