package com.clintrack.tracker;

import org.jspecify.annotations.Nullable;

/**
 * A row of the contacts list: the contact's own fields (named as in {@link ContactData}) and how many of the
 * user's applications it is linked to, counted in the same SQL statement.
 */
public record ContactSummary(long id, String name, @Nullable ContactRole role, @Nullable String email,
        @Nullable String phone, @Nullable String linkedinUrl, @Nullable String notes, long version,
        long applicationCount) {

    static ContactSummary of(ContactData contact, long applicationCount) {
        return new ContactSummary(contact.id(), contact.name(), contact.role(), contact.email(), contact.phone(),
                contact.linkedinUrl(), contact.notes(), contact.version(), applicationCount);
    }

    public ContactData toData() {
        return new ContactData(id, name, role, email, phone, linkedinUrl, notes, version);
    }
}
