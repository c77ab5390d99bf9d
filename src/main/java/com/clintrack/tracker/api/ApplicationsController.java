package com.clintrack.tracker.api;

import com.clintrack.base.InvalidInputException;
import com.clintrack.tracker.ApplicationDraft;
import com.clintrack.tracker.ApplicationFilter;
import com.clintrack.tracker.CareSetting;
import com.clintrack.tracker.ContactData;
import com.clintrack.tracker.ContactDraft;
import com.clintrack.tracker.ContactRole;
import com.clintrack.tracker.ContactService;
import com.clintrack.tracker.FollowUpEntry;
import com.clintrack.tracker.NoteEntry;
import com.clintrack.tracker.Shift;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.StageChangeEntry;
import com.clintrack.tracker.StageMove;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerService;
import com.clintrack.tracker.TrackerTransferService;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** The tracker's REST API. Every route works on the token's user only; other ids are 404. */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationsController {

    static final String TEXT_CSV = "text/csv";

    /** A stage change: {@code {stage, closedReason?, note?}}. */
    record StageRequest(@Nullable Stage stage, com.clintrack.tracker.@Nullable ClosedReason closedReason,
            @Nullable String note) {
    }

    /** A new note, or a note's new text. */
    record NoteRequest(@Nullable String text) {
    }

    /** A contact to create and link, or with {@code id} an existing contact to link. */
    record ContactRequest(@Nullable Long id, @Nullable String name, @Nullable ContactRole role,
            @Nullable String email, @Nullable String phone, @Nullable String linkedinUrl, @Nullable String notes) {
    }

    /** A new follow-up. */
    record FollowUpRequest(@Nullable String title, @Nullable LocalDate dueOn) {
    }

    /** A follow-up's new title and due date; {@code done} left out keeps it as it is. */
    record FollowUpUpdate(@Nullable String title, @Nullable LocalDate dueOn, @Nullable Boolean done) {
    }

    /** The answer of a successful import. */
    record ImportResponse(int imported) {
    }

    private final TrackerService tracker;
    private final ContactService contacts;
    private final TrackerTransferService transfer;

    ApplicationsController(TrackerService tracker, ContactService contacts, TrackerTransferService transfer) {
        this.tracker = tracker;
        this.contacts = contacts;
        this.transfer = transfer;
    }

    @GetMapping
    PageResponse<TrackedApplication> list(@RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String setting,
            @RequestParam(required = false) @Nullable String shift,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_PAGE_SIZE) int size,
            @RequestParam(required = false) @Nullable List<String> sort) {
        PageRequest request = PageResponse.request(page, size, sort(sort));
        ApplicationFilter filter = new ApplicationFilter(parse(Stage.class, "stage", stage), tag, source,
                parse(CareSetting.class, "setting", setting), parse(Shift.class, "shift", shift), q);
        return PageResponse.of(tracker.page(filter, request));
    }

    @PostMapping
    ResponseEntity<TrackedApplication> create(@RequestBody ApplicationDraft draft) {
        TrackedApplication created = tracker.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    TrackedApplication get(@PathVariable long id) {
        return tracker.get(id);
    }

    @PutMapping("/{id}")
    TrackedApplication update(@PathVariable long id, @RequestBody ApplicationDraft draft) {
        return tracker.update(id, draft);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        tracker.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/stage")
    TrackedApplication move(@PathVariable long id, @RequestBody StageRequest request) {
        if (request.stage() == null) {
            throw InvalidInputException.of("stage", "Choose a stage.");
        }
        return tracker.move(id, new StageMove(request.stage(), request.closedReason(), request.note()));
    }

    @GetMapping("/{id}/history")
    List<StageChangeEntry> history(@PathVariable long id) {
        return tracker.history(id);
    }

    @GetMapping("/{id}/notes")
    List<NoteEntry> notes(@PathVariable long id) {
        return tracker.notes(id);
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<NoteEntry> addNote(@PathVariable long id, @RequestBody NoteRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tracker.addNote(id, request.text()));
    }

    @PutMapping("/{id}/notes/{noteId}")
    NoteEntry updateNote(@PathVariable long id, @PathVariable long noteId, @RequestBody NoteRequest request) {
        return tracker.updateNote(id, noteId, request.text());
    }

    @DeleteMapping("/{id}/notes/{noteId}")
    ResponseEntity<Void> deleteNote(@PathVariable long id, @PathVariable long noteId) {
        tracker.deleteNote(id, noteId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/contacts")
    List<ContactData> contacts(@PathVariable long id) {
        return contacts.ofApplication(id);
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<ContactData> addContact(@PathVariable long id, @RequestBody ContactRequest request) {
        ContactData contact = request.id() != null ? contacts.link(id, request.id())
                : contacts.addToApplication(id, new ContactDraft(request.name(), request.role(), request.email(),
                        request.phone(), request.linkedinUrl(), request.notes(), null));
        return ResponseEntity.status(HttpStatus.CREATED).body(contact);
    }

    /** Unlinks the contact from this application; the contact itself stays. */
    @DeleteMapping("/{id}/contacts/{contactId}")
    ResponseEntity<Void> unlinkContact(@PathVariable long id, @PathVariable long contactId) {
        contacts.unlink(id, contactId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/follow-ups")
    List<FollowUpEntry> followUps(@PathVariable long id) {
        return tracker.followUps(id);
    }

    @PostMapping("/{id}/follow-ups")
    ResponseEntity<FollowUpEntry> addFollowUp(@PathVariable long id, @RequestBody FollowUpRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tracker.addFollowUp(id, request.title(),
                request.dueOn()));
    }

    @PutMapping("/{id}/follow-ups/{followUpId}")
    FollowUpEntry updateFollowUp(@PathVariable long id, @PathVariable long followUpId,
            @RequestBody FollowUpUpdate request) {
        return tracker.updateFollowUp(id, followUpId, request.title(), request.dueOn(), request.done());
    }

    @DeleteMapping("/{id}/follow-ups/{followUpId}")
    ResponseEntity<Void> deleteFollowUp(@PathVariable long id, @PathVariable long followUpId) {
        tracker.deleteFollowUp(id, followUpId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/export.csv", produces = TEXT_CSV)
    ResponseEntity<String> exportCsv() {
        StringWriter out = new StringWriter();
        transfer.exportCsv(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("applications.csv").build().toString())
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .body(out.toString());
    }

    @GetMapping(value = "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TrackerTransferService.TrackerExport> exportJson() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("clintrack-tracker.json").build().toString())
                .body(transfer.exportAll());
    }

    @PostMapping(value = "/import", consumes = {TEXT_CSV, MediaType.TEXT_PLAIN_VALUE})
    ImportResponse importCsv(@RequestBody String csv) {
        return new ImportResponse(transfer.importCsv(csv, Map.of()));
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "Unknown value " + value + ".");
        }
    }

    /** Reads {@code sort=company,desc} (repeatable); only documented properties may be sorted on. */
    private static Sort sort(@Nullable List<String> params) {
        if (params == null || params.isEmpty()) {
            return TrackerService.DEFAULT_SORT;
        }
        List<Sort.Order> orders = new ArrayList<>();
        // Spring splits "a,desc" into two values when it is the only one: join them back.
        List<String> specs = params.size() == 2 && isDirection(params.get(1))
                ? List.of(params.get(0) + "," + params.get(1)) : params;
        for (String spec : specs) {
            String[] parts = spec.split(",");
            String property = TrackerService.SORTABLE.get(parts[0].strip());
            if (property == null) {
                throw InvalidInputException.of("sort", "Sort by one of " + TrackerService.SORTABLE.keySet() + ".");
            }
            boolean desc = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
            orders.add(desc ? Sort.Order.desc(property) : Sort.Order.asc(property));
        }
        return Sort.by(orders);
    }

    private static boolean isDirection(String value) {
        return value.equalsIgnoreCase("asc") || value.equalsIgnoreCase("desc");
    }
}
