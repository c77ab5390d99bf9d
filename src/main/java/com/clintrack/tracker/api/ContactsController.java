package com.clintrack.tracker.api;

import com.clintrack.tracker.ContactData;
import com.clintrack.tracker.ContactDraft;
import com.clintrack.tracker.ContactService;
import com.clintrack.tracker.ContactSummary;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The user's contacts over all applications. Other users' contacts are 404, like missing ones. */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactsController {

    private final ContactService contacts;

    ContactsController(ContactService contacts) {
        this.contacts = contacts;
    }

    /** By name; {@code q} looks in name, email and phone; each row counts the applications it is linked to. */
    @GetMapping
    PageResponse<ContactSummary> list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_PAGE_SIZE) int size) {
        return PageResponse.of(contacts.page(q, PageResponse.request(page, size, ContactService.DEFAULT_SORT)));
    }

    @PostMapping
    ResponseEntity<ContactData> create(@RequestBody ContactDraft draft) {
        ContactData created = contacts.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).body(created);
    }

    @GetMapping("/{contactId}")
    ContactData get(@PathVariable long contactId) {
        return contacts.get(contactId);
    }

    /** Needs the {@code version} read; a stale one is 409. */
    @PutMapping("/{contactId}")
    ContactData update(@PathVariable long contactId, @RequestBody ContactDraft draft) {
        return contacts.update(contactId, draft);
    }

    /** Deletes the contact and unlinks it from every application. */
    @DeleteMapping("/{contactId}")
    ResponseEntity<Void> delete(@PathVariable long contactId) {
        contacts.delete(contactId);
        return ResponseEntity.noContent().build();
    }
}
