package com.clintrack.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits pasted or extracted resume text into sections by its headings ("Experience", "Skills",
 * "Certifications and licenses", ...). Lines before the first heading are the contact block. What it
 * cannot place goes to the summary, so no text is lost.
 */
public final class ResumeImporter {

    private static final Map<String, ResumeSection> HEADINGS = Map.ofEntries(
            Map.entry("summary", ResumeSection.SUMMARY), Map.entry("professional summary", ResumeSection.SUMMARY),
            Map.entry("profile", ResumeSection.SUMMARY), Map.entry("objective", ResumeSection.SUMMARY),
            Map.entry("career objective", ResumeSection.SUMMARY), Map.entry("about me", ResumeSection.SUMMARY),
            Map.entry("experience", ResumeSection.EXPERIENCE), Map.entry("work experience", ResumeSection.EXPERIENCE),
            Map.entry("professional experience", ResumeSection.EXPERIENCE),
            Map.entry("employment", ResumeSection.EXPERIENCE), Map.entry("employment history", ResumeSection.EXPERIENCE),
            Map.entry("work history", ResumeSection.EXPERIENCE), Map.entry("relevant experience", ResumeSection.EXPERIENCE),
            Map.entry("education", ResumeSection.EDUCATION), Map.entry("education and training", ResumeSection.EDUCATION),
            Map.entry("training", ResumeSection.EDUCATION),
            Map.entry("certifications", ResumeSection.CERTIFICATIONS),
            Map.entry("certifications and licenses", ResumeSection.CERTIFICATIONS),
            Map.entry("certifications and licences", ResumeSection.CERTIFICATIONS),
            Map.entry("certifications & licenses", ResumeSection.CERTIFICATIONS),
            Map.entry("licenses and certifications", ResumeSection.CERTIFICATIONS),
            Map.entry("licenses", ResumeSection.CERTIFICATIONS), Map.entry("licensure", ResumeSection.CERTIFICATIONS),
            Map.entry("credentials", ResumeSection.CERTIFICATIONS), Map.entry("certification", ResumeSection.CERTIFICATIONS),
            Map.entry("skills", ResumeSection.SKILLS), Map.entry("technical skills", ResumeSection.SKILLS),
            Map.entry("core skills", ResumeSection.SKILLS), Map.entry("key skills", ResumeSection.SKILLS),
            Map.entry("core competencies", ResumeSection.SKILLS), Map.entry("additional skills", ResumeSection.SKILLS),
            Map.entry("clinical skills", ResumeSection.CLINICAL_SKILLS),
            Map.entry("clinical experience", ResumeSection.CLINICAL_HOURS),
            Map.entry("clinical experience and externship hours", ResumeSection.CLINICAL_HOURS),
            Map.entry("externship", ResumeSection.CLINICAL_HOURS), Map.entry("externships", ResumeSection.CLINICAL_HOURS),
            Map.entry("clinical hours", ResumeSection.CLINICAL_HOURS),
            Map.entry("clinical rotations", ResumeSection.CLINICAL_HOURS));

    private static final int HEADING_MAX = 50;
    private static final int BULLET_LIKE_LENGTH = 70;
    private static final Pattern BULLET = Pattern.compile("^\\s*[-•*▪◦–·]\\s+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{7,}\\d");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern DATE = Pattern.compile("(?i)(?:[a-z]{3,9}\\.? )?\\d{4}");
    private static final Pattern RANGE = Pattern.compile(
            "(?i)((?:[a-z]{3,9}\\.? )?\\d{4})\\s*(?:-|–|—|to)\\s*((?:[a-z]{3,9}\\.? )?\\d{4}|present|current|now)");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern HOURS = Pattern.compile("(?i)(\\d{1,5})\\s*(?:clinical |supervised )?(?:hours|hrs)");
    private static final Pattern EXPIRES = Pattern.compile(
            "(?i)(?:valid through|expires?|exp\\.?|expiring|renew by)\\s*:?\\s*([a-z]{3,9}\\.? \\d{4}|\\d{1,2}/\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)");
    private static final Pattern ISSUED = Pattern.compile(
            "(?i)(?:issued|obtained|earned|since)\\s*:?\\s*([a-z]{3,9}\\.? \\d{4}|\\d{1,2}/\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*[,;•|·]\\s*|\\R");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:,|\\||—| – | - | at )\\s*");

    private ResumeImporter() {
    }

    public static ResumeContent parse(String text) {
        Map<ResumeSection, List<String>> blocks = new EnumMap<>(ResumeSection.class);
        ResumeSection current = ResumeSection.CONTACT;
        for (String raw : text.replace("\r", "").split("\n")) {
            String line = raw.strip();
            ResumeSection heading = heading(line);
            if (heading != null) {
                current = heading;
                continue;
            }
            if (!line.isEmpty()) {
                blocks.computeIfAbsent(current, key -> new ArrayList<>()).add(line);
            }
        }
        List<String> leftovers = new ArrayList<>();
        ResumeContent.Contact contact = contact(blocks.getOrDefault(ResumeSection.CONTACT, List.of()), leftovers);
        List<String> summaryLines = new ArrayList<>(blocks.getOrDefault(ResumeSection.SUMMARY, List.of()));
        summaryLines.addAll(leftovers);
        return new ResumeContent(contact, String.join(" ", summaryLines),
                experience(blocks.getOrDefault(ResumeSection.EXPERIENCE, List.of())),
                education(blocks.getOrDefault(ResumeSection.EDUCATION, List.of())),
                certifications(blocks.getOrDefault(ResumeSection.CERTIFICATIONS, List.of())),
                list(blocks.getOrDefault(ResumeSection.SKILLS, List.of())),
                list(blocks.getOrDefault(ResumeSection.CLINICAL_SKILLS, List.of())),
                clinicalHours(blocks.getOrDefault(ResumeSection.CLINICAL_HOURS, List.of())));
    }

    static @Nullable ResumeSection heading(String line) {
        if (line.isEmpty() || line.length() > HEADING_MAX) {
            return null;
        }
        String key = line.toLowerCase(Locale.ENGLISH).replaceAll("[:#*_=]", "").replaceAll("\\s+", " ").strip();
        return HEADINGS.get(key);
    }

    private static ResumeContent.Contact contact(List<String> lines, List<String> leftovers) {
        String name = "";
        String email = "";
        String phone = "";
        String location = "";
        String link = "";
        for (String line : lines) {
            boolean used = false;
            for (String part : line.split("\\s*[|•·]\\s*")) {
                Matcher emailMatch = EMAIL.matcher(part);
                Matcher linkMatch = LINK.matcher(part);
                if (email.isEmpty() && emailMatch.find()) {
                    email = emailMatch.group();
                    used = true;
                } else if (link.isEmpty() && linkMatch.find()) {
                    link = linkMatch.group();
                    used = true;
                } else if (phone.isEmpty() && PHONE.matcher(part).find()) {
                    phone = part.strip();
                    used = true;
                } else if (name.isEmpty() && !part.isBlank() && !part.matches(".*\\d.*")) {
                    name = part.strip();
                    used = true;
                } else if (location.isEmpty() && part.contains(",")) {
                    location = part.strip();
                    used = true;
                }
            }
            if (!used) {
                leftovers.add(line);
            }
        }
        return new ResumeContent.Contact(name, email, phone, location, link);
    }

    private static List<ResumeContent.Experience> experience(List<String> lines) {
        List<ResumeContent.Experience> jobs = new ArrayList<>();
        String[] head = null;
        String start = "";
        String end = "";
        List<String> bullets = new ArrayList<>();
        for (String line : lines) {
            boolean bullet = BULLET.matcher(line).find();
            Matcher range = RANGE.matcher(line);
            boolean onlyDates = range.find() && line.replace(range.group(), "").replaceAll("[\\s,|()·]", "").isEmpty();
            if (head != null && onlyDates && start.isEmpty()) {
                start = range.group(1);
                end = range.group(2);
            } else if (bullet || (head != null && line.length() > BULLET_LIKE_LENGTH)) {
                if (head == null) {
                    head = new String[] {"", "", ""};
                }
                bullets.add(BULLET.matcher(line).replaceFirst(""));
            } else {
                if (head != null) {
                    jobs.add(job(head, start, end, bullets));
                }
                Matcher inline = RANGE.matcher(line);
                String rest = line;
                start = "";
                end = "";
                if (inline.find()) {
                    start = inline.group(1);
                    end = inline.group(2);
                    rest = line.replace(inline.group(), "").replaceAll("[\\s,|()·]+$", "");
                }
                String[] parts = PARTS.split(rest, 3);
                head = new String[] {part(parts, 0), part(parts, 1), part(parts, 2)};
                bullets = new ArrayList<>();
            }
        }
        if (head != null) {
            jobs.add(job(head, start, end, bullets));
        }
        return jobs;
    }

    private static ResumeContent.Experience job(String[] head, String start, String end, List<String> bullets) {
        return new ResumeContent.Experience(head[0], head[1], head[2], start, end, List.copyOf(bullets));
    }

    private static List<ResumeContent.Education> education(List<String> lines) {
        List<ResumeContent.Education> out = new ArrayList<>();
        for (String raw : lines) {
            String line = BULLET.matcher(raw).replaceFirst("");
            Matcher year = YEAR.matcher(line);
            String found = "";
            String rest = line;
            if (year.find()) {
                found = year.group();
                rest = line.substring(0, year.start()) + line.substring(year.end());
                rest = rest.replaceAll("[\\s,|()–-]+$", "").replaceAll("\\(\\s*\\)", "");
            }
            String[] parts = PARTS.split(rest, 3);
            out.add(new ResumeContent.Education(part(parts, 0), part(parts, 1), part(parts, 2), found));
        }
        return out;
    }

    private static List<ResumeContent.Certification> certifications(List<String> lines) {
        List<ResumeContent.Certification> out = new ArrayList<>();
        for (String raw : lines) {
            String line = BULLET.matcher(raw).replaceFirst("");
            LocalDate expires = date(EXPIRES.matcher(line), true);
            LocalDate issued = date(ISSUED.matcher(line), false);
            String cleaned = EXPIRES.matcher(ISSUED.matcher(line).replaceAll("")).replaceAll("");
            String number = "";
            Matcher no = Pattern.compile("(?i)(?:No\\.|#|license number|licence number)\\s*([\\w-]+)").matcher(cleaned);
            if (no.find()) {
                number = no.group(1);
                cleaned = cleaned.replace(no.group(), "");
            }
            String[] parts = cleaned.replaceAll("[\\s,|]+$", "").split("\\s*,\\s*|\\s+[—–|-]\\s+", 2);
            out.add(new ResumeContent.Certification(part(parts, 0), part(parts, 1).replaceAll("[\\s,]+$", ""), number,
                    issued, expires));
        }
        return out;
    }

    private static @Nullable LocalDate date(Matcher matcher, boolean endOfMonth) {
        if (!matcher.find()) {
            return null;
        }
        String value = matcher.group(1).replace(".", "").strip();
        List<DateTimeFormatter> formats = List.of(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("M/yyyy"),
                DateTimeFormatter.ofPattern("yyyy-MM"));
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            for (DateTimeFormatter format : formats) {
                try {
                    YearMonth month = YearMonth.parse(capitalise(value), format);
                    return endOfMonth ? month.atEndOfMonth() : month.atDay(1);
                } catch (DateTimeParseException next) {
                    // try the next format
                }
            }
        }
        return null;
    }

    private static String capitalise(String value) {
        return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1).toLowerCase(Locale.ENGLISH);
    }

    private static List<String> list(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            for (String item : LIST_SPLIT.split(BULLET.matcher(line).replaceFirst(""))) {
                if (!item.isBlank() && !out.contains(item.strip())) {
                    out.add(item.strip());
                }
            }
        }
        return out;
    }

    private static List<ResumeContent.ClinicalHours> clinicalHours(List<String> lines) {
        List<ResumeContent.ClinicalHours> out = new ArrayList<>();
        String[] head = null;
        int hours = 0;
        String dates = "";
        List<String> description = new ArrayList<>();
        for (String line : lines) {
            if (line.toLowerCase(Locale.ENGLISH).startsWith("total supervised clinical hours")) {
                continue;
            }
            boolean detail = BULLET.matcher(line).find() || (head != null && line.length() > BULLET_LIKE_LENGTH)
                    || (head != null && !HOURS.matcher(line).find() && !DATE.matcher(line).find());
            if (detail && head != null) {
                description.add(BULLET.matcher(line).replaceFirst(""));
                continue;
            }
            if (head != null) {
                out.add(new ResumeContent.ClinicalHours(head[1], head[0], hours, dates, String.join(" ", description)));
            }
            Matcher hoursMatch = HOURS.matcher(line);
            hours = hoursMatch.find() ? Integer.parseInt(hoursMatch.group(1)) : 0;
            String rest = HOURS.matcher(line).replaceAll("");
            Matcher range = RANGE.matcher(rest);
            dates = "";
            if (range.find()) {
                dates = range.group();
                rest = rest.replace(range.group(), "");
            } else {
                Matcher single = DATE.matcher(rest);
                if (single.find()) {
                    dates = single.group();
                    rest = rest.replace(single.group(), "");
                }
            }
            String[] parts = PARTS.split(rest.replaceAll("(\\s*,\\s*)+", ", ").replaceAll("^[\\s,]+|[\\s,]+$", ""), 2);
            head = new String[] {part(parts, 0), part(parts, 1)};
            description = new ArrayList<>();
        }
        if (head != null) {
            out.add(new ResumeContent.ClinicalHours(head[1], head[0], hours, dates, String.join(" ", description)));
        }
        return out;
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index].strip() : "";
    }
}
