package com.clintrack.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The plain-text form of a resume: the export for pasting into application forms, the text the matcher
 * reads, and the lines that versions are compared by. Headings are the standard ones ATS parsers expect.
 */
public final class ResumeText {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public static final String SUMMARY = "SUMMARY";
    public static final String EXPERIENCE = "EXPERIENCE";
    public static final String EDUCATION = "EDUCATION";
    public static final String CERTIFICATIONS = "CERTIFICATIONS AND LICENSES";
    public static final String SKILLS = "SKILLS";
    public static final String CLINICAL_SKILLS = "CLINICAL SKILLS";
    public static final String CLINICAL_HOURS = "CLINICAL EXPERIENCE AND EXTERNSHIP HOURS";

    private ResumeText() {
    }

    public static String of(ResumeContent resume) {
        return String.join("\n", lines(resume)).strip() + "\n";
    }

    public static List<String> lines(ResumeContent resume) {
        List<String> out = new ArrayList<>();
        ResumeContent.Contact contact = resume.contact();
        add(out, contact.fullName());
        add(out, joined(" | ", contact.email(), contact.phone(), contact.location(), contact.link()));
        if (!resume.summary().isBlank()) {
            heading(out, SUMMARY);
            out.add(resume.summary());
        }
        if (!resume.experience().isEmpty()) {
            heading(out, EXPERIENCE);
            for (ResumeContent.Experience job : resume.experience()) {
                add(out, joined(", ", job.title(), job.employer(), job.location()));
                add(out, joined(" – ", job.start(), job.end()));
                job.bullets().forEach(bullet -> out.add("- " + bullet));
                out.add("");
            }
            out.removeLast();
        }
        if (!resume.clinicalHours().isEmpty()) {
            heading(out, CLINICAL_HOURS);
            for (ResumeContent.ClinicalHours placement : resume.clinicalHours()) {
                add(out, joined(", ", placement.role(), placement.site(),
                        placement.hours() > 0 ? placement.hours() + " hours" : "", placement.dates()));
                add(out, placement.description());
            }
            if (resume.totalClinicalHours() > 0) {
                out.add("Total supervised clinical hours: " + resume.totalClinicalHours());
            }
        }
        if (!resume.education().isEmpty()) {
            heading(out, EDUCATION);
            for (ResumeContent.Education school : resume.education()) {
                add(out, joined(", ", school.credential(), school.school(), school.location(), school.year()));
            }
        }
        if (!resume.certifications().isEmpty()) {
            heading(out, CERTIFICATIONS);
            for (ResumeContent.Certification cert : resume.certifications()) {
                add(out, joined(", ", cert.name(), cert.issuer(),
                        cert.number().isBlank() ? "" : "No. " + cert.number(), validity(cert.issued(), cert.expires())));
            }
        }
        if (!resume.clinicalSkills().isEmpty()) {
            heading(out, CLINICAL_SKILLS);
            out.add(String.join(", ", resume.clinicalSkills()));
        }
        if (!resume.skills().isEmpty()) {
            heading(out, SKILLS);
            out.add(String.join(", ", resume.skills()));
        }
        return out;
    }

    static String validity(@Nullable LocalDate issued, @Nullable LocalDate expires) {
        String from = issued == null ? "" : "issued " + MONTH.format(issued);
        String to = expires == null ? "" : "valid through " + MONTH.format(expires);
        return joined(", ", from, to);
    }

    private static void heading(List<String> out, String heading) {
        if (!out.isEmpty()) {
            out.add("");
        }
        out.add(heading);
    }

    private static void add(List<String> out, String line) {
        if (!line.isBlank()) {
            out.add(line);
        }
    }

    static String joined(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return String.join(separator, present);
    }
}
