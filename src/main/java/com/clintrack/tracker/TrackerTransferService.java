package com.clintrack.tracker;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.security.CurrentUser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** CSV export and import (all or nothing), and the JSON export of all of a user's tracker data. */
@Service
@PreAuthorize("isAuthenticated()")
public class TrackerTransferService {

    static final int PREVIEW_ROWS = 5;
    private static final String ROW = "row ";

    /** Everything a user keeps in the tracker, for the JSON export. */
    public record TrackerExport(Instant exportedAt, List<TrackedApplication> applications,
            List<HistoryExport> history, List<NoteEntry> notes, List<ContactData> contacts,
            List<LinkExport> contactLinks, List<FollowUpExport> followUps) {
    }

    /** A history row with its application. */
    public record HistoryExport(long applicationId, @Nullable Stage from, Stage to,
            @Nullable ClosedReason closedReason, Instant at, @Nullable String note) {
    }

    /** A contact linked to an application. */
    public record LinkExport(long applicationId, long contactId) {
    }

    /** A follow-up with its application. */
    public record FollowUpExport(long id, long applicationId, String title, LocalDate dueOn, boolean done) {
    }

    private final TrackerService tracker;
    private final TrackerDataContributor data;
    private final CurrentUser currentUser;
    private final Messages messages;

    TrackerTransferService(TrackerService tracker, TrackerDataContributor data, CurrentUser currentUser,
            Messages messages) {
        this.tracker = tracker;
        this.data = data;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    // ---- Export ----------------------------------------------------------

    /** Writes every application as CSV with the documented columns ({@link CsvField#EXPORTED} + timestamps). */
    @Transactional(readOnly = true)
    public void exportCsv(Writer out) {
        data.writeCsv(currentUser.id(), out);
    }

    /** One application as a CSV row, in the order of {@link #csvHeaders()}. */
    static List<@Nullable Object> csvRow(TrackedApplication a) {
        List<@Nullable Object> row = new ArrayList<>();
        for (CsvField field : CsvField.EXPORTED) {
            row.add(safe(cell(a, field)));
        }
        row.add(a.createdAt().toString());
        row.add(a.updatedAt().toString());
        row.add(a.lastActivityAt().toString());
        row.add(a.id());
        return row;
    }

    static String[] csvHeaders() {
        List<String> headers = new ArrayList<>(CsvField.EXPORTED.stream().map(CsvField::header).toList());
        headers.addAll(List.of("Created", "Updated", "Last Activity", "ID"));
        return headers.toArray(String[]::new);
    }

    private static @Nullable String cell(TrackedApplication a, CsvField field) {
        return switch (field) {
            case COMPANY -> a.company();
            case TITLE -> a.title();
            case STAGE -> a.stage().name();
            case CLOSED_REASON -> name(a.closedReason());
            case APPLIED_ON -> a.appliedOn() == null ? null : a.appliedOn().toString();
            case URL -> a.url();
            case LOCATION -> a.location();
            case CITY -> a.city();
            case STATE -> a.state();
            case ZIP -> a.zip();
            case SOURCE -> a.source();
            case EMPLOYMENT_TYPE -> name(a.employmentType());
            case SHIFT -> name(a.shift());
            case SETTING -> name(a.setting());
            case SALARY_MIN -> plain(a.salaryMin());
            case SALARY_MAX -> plain(a.salaryMax());
            case SALARY_PERIOD -> name(a.salaryPeriod());
            case EXPECTED_PAY -> plain(a.expectedPay());
            case OFFERED_PAY -> plain(a.offeredPay());
            case PRIORITY -> String.valueOf(a.priority());
            case TAGS -> String.join(", ", a.tags());
            case SALARY, NOTES, POSTING_TEXT -> null;
        };
    }

    /** Spreadsheets run cells that start with = + - @ as formulas: prefix them with a quote. */
    static @Nullable String safe(@Nullable String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    @Transactional(readOnly = true)
    public TrackerExport exportAll() {
        return data.collect(currentUser.id());
    }

    // ---- Import ----------------------------------------------------------

    /** Parses without saving, for the preview and mapping step. */
    @Transactional(readOnly = true)
    public ImportPreview preview(String csv, Map<String, CsvField> overrides) {
        Parsed parsed = parse(csv, overrides);
        return new ImportPreview(parsed.headers, parsed.mapping, parsed.rows.size(),
                parsed.rows.stream().limit(PREVIEW_ROWS).map(ParsedRow::draft).toList(), parsed.errors);
    }

    /**
     * Imports every row or none: any bad row fails the whole import with one error per bad row, keyed
     * "row N" (the header is row 1).
     */
    @Transactional
    public int importCsv(String csv, Map<String, CsvField> overrides) {
        Parsed parsed = parse(csv, overrides);
        if (!parsed.errors.isEmpty()) {
            throw new InvalidInputException(parsed.errors);
        }
        if (parsed.rows.isEmpty()) {
            throw InvalidInputException.of("file", messages.get("tracker.import.empty"));
        }
        for (ParsedRow row : parsed.rows) {
            TrackedApplication created = tracker.create(row.draft());
            if (row.note() != null) {
                tracker.addNote(created.id(), row.note());
            }
        }
        return parsed.rows.size();
    }

    private record ParsedRow(ApplicationDraft draft, @Nullable String note) {
    }

    private static final class Parsed {
        private List<String> headers = List.of();
        private Map<String, CsvField> mapping = Map.of();
        private final List<ParsedRow> rows = new ArrayList<>();
        private final Map<String, String> errors = new LinkedHashMap<>();
    }

    private Parsed parse(String csv, Map<String, CsvField> overrides) {
        Parsed parsed = new Parsed();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setIgnoreHeaderCase(false).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            parsed.headers = List.copyOf(parser.getHeaderNames());
            Map<String, CsvField> mapping = new LinkedHashMap<>(CsvMapping.mapHeaders(parsed.headers));
            overrides.forEach((header, field) -> {
                if (parsed.headers.contains(header)) {
                    mapping.values().remove(field);
                    mapping.put(header, field);
                }
            });
            parsed.mapping = mapping;
            if (!mapping.containsValue(CsvField.COMPANY) || !mapping.containsValue(CsvField.TITLE)) {
                parsed.errors.put("header", messages.get("tracker.import.needsColumns"));
                return parsed;
            }
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1; // the header is row 1, as in a spreadsheet
                if (parsed.rows.size() >= TrackerLimits.IMPORT_ROWS_MAX) {
                    parsed.errors.put("file", messages.get("tracker.import.tooMany", TrackerLimits.IMPORT_ROWS_MAX));
                    break;
                }
                if (isBlank(record)) {
                    continue;
                }
                parseRow(record, mapping, ROW + row, parsed);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            parsed.errors.put("file", messages.get("tracker.import.unreadable", String.valueOf(e.getMessage())));
        }
        return parsed;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void parseRow(CSVRecord record, Map<String, CsvField> mapping, String rowKey, Parsed parsed) {
        Map<CsvField, String> cells = new LinkedHashMap<>();
        mapping.forEach((header, field) -> {
            String value = record.isMapped(header) && record.isSet(header) ? record.get(header) : null;
            if (value != null && !value.isBlank()) {
                cells.put(field, unquoteFormula(value.strip()));
            }
        });
        List<String> problems = new ArrayList<>();
        Stage stage = Stage.SAVED;
        ClosedReason reason = null;
        if (cells.containsKey(CsvField.STAGE)) {
            var mapped = CsvMapping.stageOf(cells.get(CsvField.STAGE));
            if (mapped.isPresent()) {
                stage = mapped.get().stage();
                reason = mapped.get().reason();
            } else {
                problems.add(messages.get("tracker.import.badStage", cells.get(CsvField.STAGE)));
            }
        }
        if (cells.containsKey(CsvField.CLOSED_REASON)) {
            ClosedReason explicit = enumCell(cells, CsvField.CLOSED_REASON, ClosedReason.class, problems);
            if (explicit != null && stage == Stage.CLOSED) {
                reason = explicit;
            }
        }
        LocalDate appliedOn = null;
        if (cells.containsKey(CsvField.APPLIED_ON)) {
            appliedOn = CsvMapping.dateOf(cells.get(CsvField.APPLIED_ON)).orElse(null);
            if (appliedOn == null) {
                problems.add(messages.get("tracker.import.badDate", cells.get(CsvField.APPLIED_ON)));
            }
        }
        BigDecimal salaryMin = amount(cells, CsvField.SALARY_MIN, problems);
        BigDecimal salaryMax = amount(cells, CsvField.SALARY_MAX, problems);
        SalaryPeriod period = enumCell(cells, CsvField.SALARY_PERIOD, SalaryPeriod.class, problems);
        if (cells.containsKey(CsvField.SALARY) && salaryMin == null && salaryMax == null) {
            var pay = CsvMapping.payOf(cells.get(CsvField.SALARY));
            if (pay.isPresent()) {
                salaryMin = pay.get().min();
                salaryMax = pay.get().max();
                period = period != null ? period : pay.get().period();
            } else {
                problems.add(messages.get("tracker.import.badPay", cells.get(CsvField.SALARY)));
            }
        }
        Integer priority = null;
        if (cells.containsKey(CsvField.PRIORITY)) {
            try {
                priority = (int) Math.round(Double.parseDouble(cells.get(CsvField.PRIORITY)));
            } catch (NumberFormatException e) {
                problems.add(messages.get("tracker.import.badNumber", CsvField.PRIORITY.header(),
                        cells.get(CsvField.PRIORITY)));
            }
        }
        ApplicationDraft draft = new ApplicationDraft(cells.get(CsvField.COMPANY), cells.get(CsvField.TITLE),
                cells.get(CsvField.LOCATION), cells.get(CsvField.CITY), cells.get(CsvField.STATE),
                cells.get(CsvField.ZIP), cells.get(CsvField.URL), cells.get(CsvField.SOURCE),
                enumCell(cells, CsvField.EMPLOYMENT_TYPE, EmploymentType.class, problems),
                enumCell(cells, CsvField.SHIFT, Shift.class, problems),
                enumCell(cells, CsvField.SETTING, CareSetting.class, problems),
                salaryMin, salaryMax, period,
                amount(cells, CsvField.EXPECTED_PAY, problems), amount(cells, CsvField.OFFERED_PAY, problems),
                cells.get(CsvField.POSTING_TEXT), stage, stage == Stage.CLOSED ? reason : null, priority,
                cells.containsKey(CsvField.TAGS) ? Tags.parse(cells.get(CsvField.TAGS)) : List.of(), appliedOn,
                null, null, null);
        String note = cells.get(CsvField.NOTES);
        Validation validation = new Validation(messages);
        validation.application(draft);
        validation.max("notes", note, TrackerLimits.NOTE_MAX);
        validation.errors().forEach((field, message) -> problems.add(field + ": " + message));
        if (problems.isEmpty()) {
            parsed.rows.add(new ParsedRow(draft, note));
        } else {
            parsed.errors.put(rowKey, String.join(" ", problems));
        }
    }

    private @Nullable BigDecimal amount(Map<CsvField, String> cells, CsvField field, List<String> problems) {
        String value = cells.get(field);
        if (value == null) {
            return null;
        }
        var pay = CsvMapping.payOf(value);
        if (pay.isEmpty()) {
            problems.add(messages.get("tracker.import.badNumber", field.header(), value));
            return null;
        }
        return pay.get().min();
    }

    private <E extends Enum<E>> @Nullable E enumCell(Map<CsvField, String> cells, CsvField field, Class<E> type,
            List<String> problems) {
        String value = cells.get(field);
        if (value == null) {
            return null;
        }
        E parsed = CsvMapping.enumOf(type, value).orElse(null);
        if (parsed == null) {
            problems.add(messages.get("tracker.import.badValue", field.header(), value));
        }
        return parsed;
    }

    private static String unquoteFormula(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }
}
