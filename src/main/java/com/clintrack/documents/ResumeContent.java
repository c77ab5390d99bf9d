package com.clintrack.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a resume says, section by section. Stored as one JSON document per resume and per version,
 * so that a version is an exact snapshot. Null lists and strings are normalised to empty ones.
 */
public record ResumeContent(Contact contact, String summary, List<Experience> experience,
        List<Education> education, List<Certification> certifications, List<String> skills,
        List<String> clinicalSkills, List<ClinicalHours> clinicalHours) {

    public ResumeContent {
        contact = contact == null ? Contact.EMPTY : contact;
        summary = text(summary);
        experience = list(experience);
        education = list(education);
        certifications = list(certifications);
        skills = strings(skills);
        clinicalSkills = strings(clinicalSkills);
        clinicalHours = list(clinicalHours);
    }

    public static ResumeContent empty() {
        return new ResumeContent(Contact.EMPTY, "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Name, ways to reach the person, and where they are. */
    public record Contact(String fullName, String email, String phone, String location, String link) {
        public static final Contact EMPTY = new Contact("", "", "", "", "");

        public Contact {
            fullName = text(fullName);
            email = text(email);
            phone = text(phone);
            location = text(location);
            link = text(link);
        }
    }

    /** One job, with bullet points. Dates are free text such as "Mar 2022" or "Present". */
    public record Experience(String title, String employer, String location, String start, String end,
            List<String> bullets) {
        public Experience {
            title = text(title);
            employer = text(employer);
            location = text(location);
            start = text(start);
            end = text(end);
            bullets = strings(bullets);
        }
    }

    /** A degree, diploma or certificate programme. */
    public record Education(String credential, String school, String location, String year) {
        public Education {
            credential = text(credential);
            school = text(school);
            location = text(location);
            year = text(year);
        }
    }

    /** A certification or licence; the expiry date lets the editor warn before it lapses. */
    public record Certification(String name, String issuer, String number, @Nullable LocalDate issued,
            @Nullable LocalDate expires) {
        public Certification {
            name = text(name);
            issuer = text(issuer);
            number = text(number);
        }
    }

    /** Supervised hours at a clinical site: an externship, a rotation or a practicum. */
    public record ClinicalHours(String site, String role, int hours, String dates, String description) {
        public ClinicalHours {
            site = text(site);
            role = text(role);
            dates = text(dates);
            description = text(description);
        }
    }

    /** Total supervised clinical hours. */
    public int totalClinicalHours() {
        return clinicalHours.stream().mapToInt(ClinicalHours::hours).sum();
    }

    /** Field errors by path, e.g. {@code experience[0].bullets[2]}; empty when valid. */
    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        max(errors, "contact.fullName", contact.fullName(), DocumentLimits.LINE_MAX);
        max(errors, "contact.email", contact.email(), DocumentLimits.LINE_MAX);
        max(errors, "contact.phone", contact.phone(), DocumentLimits.LINE_MAX);
        max(errors, "contact.location", contact.location(), DocumentLimits.LINE_MAX);
        max(errors, "contact.link", contact.link(), DocumentLimits.LINE_MAX);
        if (!contact.link().isBlank() && !contact.link().matches("(?i)(https?://|mailto:)\\S+")) {
            errors.put("contact.link", "A link must start with http://, https:// or mailto:.");
        }
        max(errors, "summary", summary, DocumentLimits.SUMMARY_MAX);
        count(errors, "experience", experience);
        count(errors, "education", education);
        count(errors, "certifications", certifications);
        count(errors, "skills", skills);
        count(errors, "clinicalSkills", clinicalSkills);
        count(errors, "clinicalHours", clinicalHours);
        for (int i = 0; i < experience.size(); i++) {
            Experience job = experience.get(i);
            String at = "experience[" + i + "]";
            max(errors, at + ".title", job.title(), DocumentLimits.LINE_MAX);
            max(errors, at + ".employer", job.employer(), DocumentLimits.LINE_MAX);
            count(errors, at + ".bullets", job.bullets());
            for (int b = 0; b < job.bullets().size(); b++) {
                max(errors, at + ".bullets[" + b + "]", job.bullets().get(b), DocumentLimits.BULLET_MAX);
            }
        }
        for (int i = 0; i < certifications.size(); i++) {
            Certification cert = certifications.get(i);
            max(errors, "certifications[" + i + "].name", cert.name(), DocumentLimits.LINE_MAX);
            if (cert.issued() != null && cert.expires() != null && cert.expires().isBefore(cert.issued())) {
                errors.put("certifications[" + i + "].expires", "The expiry date is before the issue date.");
            }
        }
        for (int i = 0; i < clinicalHours.size(); i++) {
            int hours = clinicalHours.get(i).hours();
            if (hours < 0 || hours > DocumentLimits.HOURS_MAX) {
                errors.put("clinicalHours[" + i + "].hours",
                        "Hours must be between 0 and " + DocumentLimits.HOURS_MAX + ".");
            }
        }
        for (int i = 0; i < skills.size(); i++) {
            max(errors, "skills[" + i + "]", skills.get(i), DocumentLimits.LINE_MAX);
        }
        return errors;
    }

    private static void max(Map<String, String> errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.put(field, "Use at most " + max + " characters.");
        }
    }

    private static void count(Map<String, String> errors, String field, List<?> items) {
        if (items.size() > DocumentLimits.LIST_MAX) {
            errors.put(field, "Use at most " + DocumentLimits.LIST_MAX + " entries.");
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static <T> List<T> list(@Nullable List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    private static List<String> strings(@Nullable List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                out.add(item.strip());
            }
        }
        return List.copyOf(out);
    }
}
