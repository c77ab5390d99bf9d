package com.clintrack.tracker;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts, and their links to applications (both always the same user's). */
@Service
@PreAuthorize("isAuthenticated()")
public class ContactService {

    private final ContactRepository contacts;
    private final ContactLinkRepository links;
    private final JobApplicationRepository applications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Messages messages;

    ContactService(ContactRepository contacts, ContactLinkRepository links, JobApplicationRepository applications,
            CurrentUser currentUser, Clock clock, Messages messages) {
        this.contacts = contacts;
        this.links = links;
        this.applications = applications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<ContactData> all(Pageable pageable) {
        return contacts.findByOwnerId(currentUser.id(), pageable).stream().map(Contact::toData).toList();
    }

    @Transactional(readOnly = true)
    public ContactData get(long contactId) {
        return load(currentUser.id(), contactId).toData();
    }

    @Transactional(readOnly = true)
    public List<ContactData> ofApplication(long applicationId) {
        long owner = currentUser.id();
        requireApplication(owner, applicationId);
        return contacts.findLinked(owner, applicationId).stream().map(Contact::toData).toList();
    }

    /** Creates a contact and links it to the application. */
    @Transactional
    public ContactData addToApplication(long applicationId, ContactDraft draft) {
        Validation.check(messages, draft);
        long owner = currentUser.id();
        requireApplication(owner, applicationId);
        Instant now = clock.instant();
        Contact contact = new Contact(owner, now);
        contact.apply(draft, now);
        contacts.saveAndFlush(contact);
        links.save(new ContactLink(owner, applicationId, contact.id()));
        applications.recordActivity(owner, applicationId, now);
        return contact.toData();
    }

    /** Links an existing contact of the same user. */
    @Transactional
    public ContactData link(long applicationId, long contactId) {
        long owner = currentUser.id();
        requireApplication(owner, applicationId);
        Contact contact = load(owner, contactId);
        if (!links.existsByOwnerIdAndApplicationIdAndContactId(owner, applicationId, contactId)) {
            links.save(new ContactLink(owner, applicationId, contactId));
            applications.recordActivity(owner, applicationId, clock.instant());
        }
        return contact.toData();
    }

    @Transactional
    public void unlink(long applicationId, long contactId) {
        long owner = currentUser.id();
        requireApplication(owner, applicationId);
        load(owner, contactId);
        links.unlink(owner, applicationId, contactId);
    }

    @Transactional
    public ContactData update(long contactId, ContactDraft draft) {
        if (draft.version() == null) {
            throw InvalidInputException.of("version", messages.get("tracker.error.versionRequired"));
        }
        Validation.check(messages, draft);
        Contact contact = load(currentUser.id(), contactId);
        if (contact.version() != draft.version()) {
            throw new ObjectOptimisticLockingFailureException(Contact.class, contactId);
        }
        contact.apply(draft, clock.instant());
        contacts.saveAndFlush(contact);
        return contact.toData();
    }

    @Transactional
    public void delete(long contactId) {
        contacts.delete(load(currentUser.id(), contactId));
    }

    private Contact load(long owner, long contactId) {
        return contacts.findByIdAndOwnerId(contactId, owner).orElseThrow(() -> new NotFoundException("Contact"));
    }

    private JobApplication requireApplication(long owner, long applicationId) {
        return applications.findByIdAndOwnerId(applicationId, owner)
                .orElseThrow(() -> new NotFoundException("Application"));
    }
}
