package com.clintrack.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person met during the search; linked to applications many-to-many through {@link ContactLink}. */
@Entity
@Table(name = "tracker_contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = TrackerLimits.CONTACT_NAME_MAX)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable ContactRole role;

    @Column(length = TrackerLimits.EMAIL_MAX)
    private @Nullable String email;

    @Column(length = TrackerLimits.PHONE_MAX)
    private @Nullable String phone;

    @Column(name = "linkedin_url", length = TrackerLimits.LINKEDIN_MAX)
    private @Nullable String linkedinUrl;

    @Column(length = TrackerLimits.CONTACT_NOTES_MAX)
    private @Nullable String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Contact() {
    }

    Contact(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(ContactDraft draft, Instant now) {
        this.name = Objects.requireNonNull(draft.name()).strip();
        this.role = draft.role();
        this.email = clean(draft.email());
        this.phone = clean(draft.phone());
        this.linkedinUrl = clean(draft.linkedinUrl());
        this.notes = clean(draft.notes());
        this.updatedAt = now;
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long version() {
        return version;
    }

    ContactData toData() {
        return new ContactData(id(), name, role, email, phone, linkedinUrl, notes, version);
    }
}
