package com.clintrack.tracker;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts, and their links to applications (both always the same user's). */
@Service
@PreAuthorize("isAuthenticated()")
public class ContactService {

    /** Sort keys of the contacts list, mapped to what the query sorts on. */
    public static final Map<String, String> SORTABLE = Map.of("name", "name", "role", "role", "email", "email",
            "phone", "phone", "applicationCount", "applicationCount");
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));

    private static final String CONTACT = "Contact";

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

    /** One slice of the contacts list for a lazy grid: a single select, the link counts included. */
    @Transactional(readOnly = true)
    public List<ContactSummary> list(@Nullable String text, Pageable pageable) {
        return contacts.findSummaries(currentUser.id(), searchText(text), Pageables.withTieBreak(pageable, DEFAULT_SORT)).stream()
                .map(row -> ContactSummary.of(((Contact) row[0]).toData(), ((Number) row[1]).longValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return contacts.countMatching(currentUser.id(), searchText(text));
    }

    /** A page with its totals (the API's list): one select and one count. */
    @Transactional(readOnly = true)
    public Page<ContactSummary> page(@Nullable String text, Pageable pageable) {
        return new PageImpl<>(list(text, pageable), pageable, count(text));
    }

    @Transactional(readOnly = true)
    public long countAll() {
        return contacts.countByOwnerId(currentUser.id());
    }

    /** The applications a contact is linked to, by company. */
    @Transactional(readOnly = true)
    public List<LinkedApplication> applicationsOf(long contactId) {
        long owner = currentUser.id();
        load(owner, contactId);
        return links.findApplications(owner, contactId);
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

    /** Creates a contact that is not linked to any application yet. */
    @Transactional
    public ContactData create(ContactDraft draft) {
        Validation.check(messages, draft);
        Instant now = clock.instant();
        Contact contact = new Contact(currentUser.id(), now);
        contact.apply(draft, now);
        return contacts.saveAndFlush(contact).toData();
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

    /** Unlinks a contact from one application; "not found" when it is not linked to it. */
    @Transactional
    public void unlink(long applicationId, long contactId) {
        long owner = currentUser.id();
        requireApplication(owner, applicationId);
        load(owner, contactId);
        if (links.unlink(owner, applicationId, contactId) == 0) {
            throw new NotFoundException(CONTACT);
        }
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

    /** Deletes the contact; the database removes its links to applications with it. */
    @Transactional
    public void delete(long contactId) {
        contacts.delete(load(currentUser.id(), contactId));
    }

    private Contact load(long owner, long contactId) {
        return contacts.findByIdAndOwnerId(contactId, owner).orElseThrow(() -> new NotFoundException(CONTACT));
    }

    private JobApplication requireApplication(long owner, long applicationId) {
        return applications.findByIdAndOwnerId(applicationId, owner)
                .orElseThrow(() -> new NotFoundException("Application"));
    }

    private static String searchText(@Nullable String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
