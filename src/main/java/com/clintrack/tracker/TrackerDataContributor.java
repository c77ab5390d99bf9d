package com.clintrack.tracker;

import com.clintrack.account.UserDataContributor;
import com.clintrack.tracker.TrackerTransferService.TrackerExport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracker's part of "download my data", "delete my account" and the admin's counts. Every method
 * takes the owner's id and runs inside the caller's transaction; the account feature decides who may
 * call it (the owner for export and delete, an admin for counts).
 */
@Component
class TrackerDataContributor implements UserDataContributor {

    static final String CSV_FILE = "applications.csv";
    static final String JSON_FILE = "tracker.json";

    private final JobApplicationRepository applications;
    private final StageChangeRepository history;
    private final ApplicationNoteRepository notes;
    private final ContactRepository contacts;
    private final ContactLinkRepository links;
    private final FollowUpRepository followUps;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    TrackerDataContributor(JobApplicationRepository applications, StageChangeRepository history,
            ApplicationNoteRepository notes, ContactRepository contacts, ContactLinkRepository links,
            FollowUpRepository followUps, Clock clock) {
        this.applications = applications;
        this.history = history;
        this.notes = notes;
        this.contacts = contacts;
        this.links = links;
        this.followUps = followUps;
        this.clock = clock;
    }

    TrackerExport collect(long owner) {
        return new TrackerExport(clock.instant(),
                applications.findByOwnerIdOrderByIdAsc(owner).stream().map(JobApplication::toRecord).toList(),
                history.findByOwnerIdOrderByIdAsc(owner).stream().map(StageChange::toExport).toList(),
                notes.findByOwnerIdOrderByIdAsc(owner).stream().map(ApplicationNote::toEntry).toList(),
                contacts.findByOwnerIdOrderByIdAsc(owner).stream().map(Contact::toData).toList(),
                links.findByOwnerIdOrderByIdAsc(owner).stream().map(ContactLink::toExport).toList(),
                followUps.findByOwnerIdOrderByIdAsc(owner).stream().map(FollowUp::toExport).toList());
    }

    void writeCsv(long owner, Writer out) {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(TrackerTransferService.csvHeaders()).get()
                .print(out)) {
            for (JobApplication entity : applications.findByOwnerIdOrderByIdAsc(owner)) {
                printer.printRecord(TrackerTransferService.csvRow(entity.toRecord()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void export(long ownerId, ExportSink sink) {
        StringWriter csv = new StringWriter();
        writeCsv(ownerId, csv);
        sink.file(CSV_FILE, csv.toString().getBytes(StandardCharsets.UTF_8));
        sink.file(JSON_FILE, json.writeValueAsBytes(collect(ownerId)));
    }

    /** The tracker keeps no files; its rows go with the account through on-delete-cascade foreign keys. */
    @Override
    public void deleteAll(long ownerId) {
        // nothing beyond the cascade
    }

    @Override
    public Map<String, Long> counts(long ownerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("applications", applications.countByOwnerId(ownerId));
        counts.put("contacts", contacts.countByOwnerId(ownerId));
        return counts;
    }
}
