package com.clintrack.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Links a contact to an application; both belong to the same owner (the service checks). */
@Entity
@Table(name = "application_contact")
class ContactLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    protected ContactLink() {
    }

    ContactLink(long ownerId, long applicationId, long contactId) {
        this.ownerId = ownerId;
        this.applicationId = applicationId;
        this.contactId = contactId;
    }

    TrackerTransferService.LinkExport toExport() {
        return new TrackerTransferService.LinkExport(applicationId, contactId);
    }
}
