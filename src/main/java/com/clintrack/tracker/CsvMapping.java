package com.clintrack.tracker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules that read other trackers' CSV files: header names, status words, dates, pay ranges and
 * enum spellings. Pure functions, so that they are unit-tested.
 */
public final class CsvMapping {

    /** A stage with its closed reason, as a status word maps onto it. */
    public record StageAndReason(Stage stage, @Nullable ClosedReason reason) {
    }

    /** A parsed pay cell. */
    public record Pay(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable SalaryPeriod period) {
    }

    private static final Map<String, StageAndReason> STATUS_WORDS = new LinkedHashMap<>();
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** Below this a pay figure without a period is taken as hourly. */
    private static final BigDecimal HOURLY_CEILING = BigDecimal.valueOf(500);
    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*([kK])?");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("M/d/uuuu"), pattern("M/d/uu"), pattern("uuuu/M/d"), pattern("M-d-uuuu"), pattern("d.M.uuuu"),
            pattern("MMM d, uuuu"), pattern("MMMM d, uuuu"), pattern("d MMM uuuu"), pattern("d MMMM uuuu"),
            pattern("MMM d uuuu"));

    static {
        words(new StageAndReason(Stage.SAVED, null), "saved", "wishlist", "wish list", "bookmarked", "interested",
                "to apply", "not applied", "not started", "planned", "draft", "researching");
        words(new StageAndReason(Stage.APPLIED, null), "applied", "submitted", "application submitted", "sent",
                "pending", "awaiting response", "waiting");
        words(new StageAndReason(Stage.SCREENING, null), "screening", "screen", "phone screen", "phone screening",
                "recruiter screen", "in review", "under review", "reviewing", "assessment", "responded");
        words(new StageAndReason(Stage.INTERVIEWING, null), "interview", "interviewing", "interviewed",
                "interview scheduled", "onsite", "on site", "final round", "second interview", "first interview");
        words(new StageAndReason(Stage.OFFER, null), "offer", "offered", "offer received", "negotiating",
                "negotiation");
        words(new StageAndReason(Stage.ACCEPTED, null), "accepted", "hired", "offer accepted", "signed");
        words(new StageAndReason(Stage.CLOSED, ClosedReason.REJECTED), "rejected", "rejection", "not selected",
                "declined by employer", "turned down", "unsuccessful", "no offer", "closed");
        words(new StageAndReason(Stage.CLOSED, ClosedReason.GHOSTED), "ghosted", "no response", "no reply",
                "never heard back");
        words(new StageAndReason(Stage.CLOSED, ClosedReason.WITHDRAWN), "withdrawn", "withdrew", "withdraw",
                "not interested", "archived");
        words(new StageAndReason(Stage.CLOSED, ClosedReason.DECLINED), "declined", "offer declined",
                "declined offer");
        words(new StageAndReason(Stage.CLOSED, ClosedReason.EXPIRED), "expired", "position filled", "job closed",
                "posting closed", "filled");
    }

    private CsvMapping() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    private static void words(StageAndReason target, String... words) {
        for (String word : words) {
            STATUS_WORDS.put(simplify(word), target);
        }
    }

    /** Lower case, letters and digits only: "Date Applied", "date_applied" and "DateApplied" all agree. */
    static String simplify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The field a header stands for, or empty when the column is not understood (it is then ignored). */
    public static Optional<CsvField> fieldOf(String header) {
        String key = simplify(header.replace("\uFEFF", ""));
        for (CsvField field : CsvField.values()) {
            if (simplify(field.header()).equals(key) || simplify(field.name()).equals(key)) {
                return Optional.of(field);
            }
        }
        for (CsvField field : CsvField.values()) {
            if (field.aliases().stream().map(CsvMapping::simplify).anyMatch(key::equals)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Maps each header to a field; the first header wins when two mean the same field. */
    public static Map<String, CsvField> mapHeaders(List<String> headers) {
        Map<String, CsvField> mapping = new LinkedHashMap<>();
        for (String header : headers) {
            fieldOf(header).filter(field -> !mapping.containsValue(field)).ifPresent(f -> mapping.put(header, f));
        }
        return mapping;
    }

    /** A status word of another tracker (or one of our stage names), or empty when unknown. */
    public static Optional<StageAndReason> stageOf(String status) {
        String key = simplify(status);
        for (Stage stage : Stage.values()) {
            if (simplify(stage.name()).equals(key) && stage != Stage.CLOSED) {
                return Optional.of(new StageAndReason(stage, null));
            }
        }
        return Optional.ofNullable(STATUS_WORDS.get(key));
    }

    public static Optional<LocalDate> dateOf(String text) {
        String clean = text.strip();
        if (clean.length() > "yyyy-mm-dd".length() && clean.charAt(4) == '-' && clean.contains("T")) {
            clean = clean.substring(0, clean.indexOf('T'));
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(clean, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** Reads "$20-25/hr", "$45,000 - $55,000 a year", "55k" or "22.50"; empty when there is no number. */
    public static Optional<Pay> payOf(String text) {
        List<BigDecimal> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find() && amounts.size() < 2) {
            BigDecimal amount = new BigDecimal(matcher.group(1).replace(",", ""));
            amounts.add(matcher.group(2) != null ? amount.multiply(THOUSAND) : amount);
        }
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal min = amounts.getFirst();
        BigDecimal max = amounts.size() > 1 ? amounts.get(1) : amounts.getFirst();
        SalaryPeriod period = periodOf(text).orElse(max.compareTo(HOURLY_CEILING) < 0
                ? SalaryPeriod.HOURLY : SalaryPeriod.YEARLY);
        return Optional.of(new Pay(min.min(max), min.max(max), period));
    }

    public static Optional<SalaryPeriod> periodOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches(".*(/\\s*h|hr|hour|hourly|per h).*")) {
            return Optional.of(SalaryPeriod.HOURLY);
        }
        if (lower.matches(".*(/\\s*y|yr|year|annual|yearly|annum|/a\\b).*")) {
            return Optional.of(SalaryPeriod.YEARLY);
        }
        return Optional.empty();
    }

    /** Matches an enum by its name or its label ignoring case and punctuation, plus a few common spellings. */
    public static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String text) {
        String key = simplify(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (simplify(constant.name()).equals(key)) {
                return Optional.of(constant);
            }
        }
        String alias = switch (key) {
            case "ft", "fulltime", "permanent" -> "FULL_TIME";
            case "pt", "parttime" -> "PART_TIME";
            case "prn", "perdiem", "perdiemprn", "prnperdiem", "asneeded" -> "PER_DIEM";
            case "temp", "temporary", "travel", "contractor" -> "CONTRACT";
            case "day", "dayshift", "daytime" -> "DAYS";
            case "evening", "eveningshift", "swing", "second" -> "EVENINGS";
            case "night", "nightshift", "overnight", "noc", "third" -> "NIGHTS";
            case "rotation", "rotatingshift", "variable" -> "ROTATING";
            case "weekend", "weekendshift" -> "WEEKENDS";
            case "laboratory" -> "LAB";
            case "physiciansoffice", "physicianoffice", "doctorsoffice", "office", "practice" -> "PHYSICIAN_OFFICE";
            case "outpatientclinic", "ambulatory" -> "OUTPATIENT";
            case "hourly", "hour", "hr", "perhour" -> "HOURLY";
            case "yearly", "annual", "annually", "year", "yr", "peryear", "salary" -> "YEARLY";
            case "hiringmanager", "manager" -> "HIRING_MANAGER";
            default -> "";
        };
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(alias)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
