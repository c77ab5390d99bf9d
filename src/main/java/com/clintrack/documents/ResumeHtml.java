package com.clintrack.documents;

import java.util.List;

/**
 * The XHTML for the PDF templates. One column, standard headings, no tables or images, so that
 * applicant tracking systems read it in order. Every piece of user text goes through {@link #escape}.
 */
final class ResumeHtml {

    private ResumeHtml() {
    }

    static String of(ResumeContent resume, String title, ResumeTemplate template) {
        StringBuilder body = new StringBuilder();
        ResumeContent.Contact contact = resume.contact();
        body.append("<h1>").append(escape(contact.fullName().isBlank() ? title : contact.fullName())).append("</h1>");
        String reach = ResumeText.joined(" | ", contact.email(), contact.phone(), contact.location(), contact.link());
        if (!reach.isBlank()) {
            body.append("<p class=\"contact\">").append(escape(reach)).append("</p>");
        }
        if (!resume.summary().isBlank()) {
            section(body, ResumeText.SUMMARY);
            body.append("<p>").append(escape(resume.summary())).append("</p>");
        }
        if (!resume.experience().isEmpty()) {
            section(body, ResumeText.EXPERIENCE);
            for (ResumeContent.Experience job : resume.experience()) {
                body.append("<div class=\"entry\"><p class=\"entry-head\"><b>").append(escape(job.title())).append("</b>");
                String where = ResumeText.joined(", ", job.employer(), job.location());
                if (!where.isBlank()) {
                    body.append(", ").append(escape(where));
                }
                String dates = ResumeText.joined(" – ", job.start(), job.end());
                if (!dates.isBlank()) {
                    body.append("<span class=\"dates\"> · ").append(escape(dates)).append("</span>");
                }
                body.append("</p>");
                bullets(body, job.bullets());
                body.append("</div>");
            }
        }
        if (!resume.clinicalHours().isEmpty()) {
            section(body, ResumeText.CLINICAL_HOURS);
            for (ResumeContent.ClinicalHours placement : resume.clinicalHours()) {
                body.append("<div class=\"entry\"><p class=\"entry-head\"><b>")
                        .append(escape(ResumeText.joined(", ", placement.role(), placement.site()))).append("</b>");
                String detail = ResumeText.joined(", ", placement.hours() > 0 ? placement.hours() + " hours" : "",
                        placement.dates());
                if (!detail.isBlank()) {
                    body.append("<span class=\"dates\"> · ").append(escape(detail)).append("</span>");
                }
                body.append("</p>");
                if (!placement.description().isBlank()) {
                    body.append("<p>").append(escape(placement.description())).append("</p>");
                }
                body.append("</div>");
            }
            if (resume.totalClinicalHours() > 0) {
                body.append("<p>Total supervised clinical hours: ").append(resume.totalClinicalHours()).append("</p>");
            }
        }
        if (!resume.education().isEmpty()) {
            section(body, ResumeText.EDUCATION);
            for (ResumeContent.Education school : resume.education()) {
                body.append("<p><b>").append(escape(school.credential())).append("</b>");
                String rest = ResumeText.joined(", ", school.school(), school.location(), school.year());
                if (!rest.isBlank()) {
                    body.append(", ").append(escape(rest));
                }
                body.append("</p>");
            }
        }
        if (!resume.certifications().isEmpty()) {
            section(body, ResumeText.CERTIFICATIONS);
            body.append("<ul>");
            for (ResumeContent.Certification cert : resume.certifications()) {
                body.append("<li><b>").append(escape(cert.name())).append("</b>");
                String rest = ResumeText.joined(", ", cert.issuer(), cert.number().isBlank() ? "" : "No. " + cert.number(),
                        ResumeText.validity(cert.issued(), cert.expires()));
                if (!rest.isBlank()) {
                    body.append(", ").append(escape(rest));
                }
                body.append("</li>");
            }
            body.append("</ul>");
        }
        if (!resume.clinicalSkills().isEmpty()) {
            section(body, ResumeText.CLINICAL_SKILLS);
            body.append("<p>").append(escape(String.join(", ", resume.clinicalSkills()))).append("</p>");
        }
        if (!resume.skills().isEmpty()) {
            section(body, ResumeText.SKILLS);
            body.append("<p>").append(escape(String.join(", ", resume.skills()))).append("</p>");
        }
        return page(title, css(template), body.toString());
    }

    static String letter(String text, String title, String senderName) {
        StringBuilder body = new StringBuilder();
        if (!senderName.isBlank()) {
            body.append("<h1>").append(escape(senderName)).append("</h1>");
        }
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            body.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br/>")).append("</p>");
        }
        return page(title, css(ResumeTemplate.CLASSIC) + " p { margin: 0 0 10pt 0; }", body.toString());
    }

    private static String css(ResumeTemplate template) {
        String common = "@page { size: letter; margin: 0.75in; } body { font-size: 10.5pt; line-height: 1.35; } "
                + "p { margin: 0 0 4pt 0; } ul { margin: 2pt 0 6pt 0; padding-left: 14pt; } li { margin: 0 0 2pt 0; } "
                + ".entry { margin-bottom: 6pt; } .entry-head { margin-bottom: 2pt; } .dates { color: #444444; } "
                + "h1 { margin: 0 0 2pt 0; } h2 { font-size: 11pt; margin: 12pt 0 4pt 0; letter-spacing: 0.5pt; }";
        return common + switch (template) {
            case CLASSIC -> " body { font-family: 'DejaVu Serif'; } h1 { text-align: center; font-size: 20pt; } "
                    + ".contact { text-align: center; } h2 { border-bottom: 0.75pt solid #000000; padding-bottom: 1pt; }";
            case MODERN -> " body { font-family: 'DejaVu Sans'; } h1 { font-size: 20pt; color: #1f4e79; } "
                    + "h2 { color: #1f4e79; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 1pt; }";
            case COMPACT -> " body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.25; } "
                    + "@page { margin: 0.5in; } h1 { font-size: 16pt; } h2 { font-size: 10pt; margin-top: 8pt; }";
        };
    }

    private static String page(String title, String css, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>" + escape(title)
                + "</title><style>" + css + "</style></head><body>" + body + "</body></html>";
    }

    private static void section(StringBuilder body, String heading) {
        body.append("<h2>").append(escape(heading)).append("</h2>");
    }

    private static void bullets(StringBuilder body, List<String> bullets) {
        if (bullets.isEmpty()) {
            return;
        }
        body.append("<ul>");
        bullets.forEach(bullet -> body.append("<li>").append(escape(bullet)).append("</li>"));
        body.append("</ul>");
    }

    /** XML escaping, and control characters that XML forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
