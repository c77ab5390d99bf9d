package com.clintrack.documents;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded resume: at most 5 MB, and the type is decided by the file's first bytes, never by
 * its name. A PDF must start with "%PDF-" (its text is extracted with PDFBox); a .txt must be UTF-8
 * text. Anything else is refused with a message that says what to do.
 */
@Component
class UploadedText {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    static final String FIELD = "file";

    private final Messages messages;

    UploadedText(Messages messages) {
        this.messages = messages;
    }

    String read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw refused("documents.upload.empty");
        }
        if (bytes.length > DocumentLimits.UPLOAD_MAX_BYTES) {
            throw refused("documents.upload.tooLarge");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean pdf = bytes.length >= PDF_MAGIC.length && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0,
                PDF_MAGIC.length);
        if (pdf) {
            return pdfText(bytes);
        }
        if (name.endsWith(".pdf")) {
            throw refused("documents.upload.notPdf");
        }
        if (!name.endsWith(".txt")) {
            throw refused("documents.upload.type");
        }
        String text = utf8(bytes);
        if (text.isBlank()) {
            throw refused("documents.upload.empty");
        }
        return text;
    }

    private String pdfText(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            if (text.isBlank()) {
                throw refused("documents.upload.noText");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw refused("documents.upload.encrypted");
        } catch (IOException e) {
            throw refused("documents.upload.brokenPdf");
        }
    }

    private String utf8(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw refused("documents.upload.notText");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused("documents.upload.notText");
        }
    }

    private InvalidInputException refused(String key) {
        return InvalidInputException.of(FIELD, messages.get(key));
    }
}
