package com.clintrack.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a resume or a letter into a PDF with openhtmltopdf: real, selectable text in the DejaVu fonts
 * that ship in {@code fonts/} (subset and embedded), so names like "Zoë Nguyễn" or "Łukasz" come out right.
 * The XHTML is built here from escaped text only; no user HTML ever reaches it.
 */
@Component
class PdfRenderer {

    private static final String SANS = "DejaVu Sans";
    private static final String SERIF = "DejaVu Serif";
    private static final int NORMAL = 400;
    private static final int BOLD = 700;

    byte[] resume(ResumeContent resume, String title, ResumeTemplate template) {
        return render(ResumeHtml.of(resume, title, template), title);
    }

    byte[] letter(String body, String title, String senderName) {
        return render(ResumeHtml.letter(body, title, senderName), title);
    }

    private static byte[] render(String xhtml, String title) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "fonts/DejaVuSans.ttf", SANS, NORMAL);
            font(builder, "fonts/DejaVuSans-Bold.ttf", SANS, BOLD);
            font(builder, "fonts/DejaVuSerif.ttf", SERIF, NORMAL);
            font(builder, "fonts/DejaVuSerif-Bold.ttf", SERIF, BOLD);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("ClinTrack");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF of " + title.length() + " chars title", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String path, String family, int weight) {
        builder.useFont(() -> {
            try {
                return new ClassPathResource(path).getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, family, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
    }

    /** The file name for a download: the title reduced to safe characters. */
    static String fileName(String title, String extension) {
        String safe = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (safe.isEmpty() ? "document" : safe) + "." + extension;
    }

    static List<String> families() {
        return List.of(SANS, SERIF);
    }
}
