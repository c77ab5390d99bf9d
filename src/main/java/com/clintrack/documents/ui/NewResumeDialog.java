package com.clintrack.documents.ui;

import com.clintrack.base.InvalidInputException;
import com.clintrack.documents.DocumentLimits;
import com.clintrack.documents.ResumeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** A new resume: a title, and optionally pasted text or an uploaded PDF/.txt to import. */
class NewResumeDialog extends Dialog {

    private final ResumeService resumes;
    private final TextField title = new TextField();
    private final TextArea pasted = new TextArea();
    private final Span uploadStatus = new Span();
    private final AtomicReference<@Nullable Uploaded> uploaded = new AtomicReference<>();

    private record Uploaded(String fileName, byte[] bytes) {
    }

    NewResumeDialog(ResumeService resumes) {
        this.resumes = resumes;
        setId("new-resume-dialog");
        setHeaderTitle(getTranslation("documents.resume.new"));
        setWidth("min(36rem, 100vw)");

        title.setLabel(getTranslation("documents.field.title"));
        title.setHelperText(getTranslation("documents.field.title.helper"));
        title.setMaxLength(DocumentLimits.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setId("resume-title");

        pasted.setLabel(getTranslation("documents.import.paste"));
        pasted.setHelperText(getTranslation("documents.import.paste.helper"));
        pasted.setMaxLength(DocumentLimits.PASTED_TEXT_MAX);
        pasted.setWidthFull();
        pasted.setMaxHeight("14rem");
        pasted.setId("resume-paste");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                uploaded.set(new Uploaded(metadata.fileName(), bytes))));
        upload.setId("resume-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentLimits.UPLOAD_MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "text/plain", ".txt");
        upload.addSucceededListener(e -> uploadStatus.setText(getTranslation("documents.import.ready", e.getFileName())));
        upload.addFileRejectedListener(e -> uploadStatus.setText(getTranslation("documents.upload.tooLarge")));
        uploadStatus.setId("upload-status");
        uploadStatus.addClassName("upload-status");

        add(title, pasted, new Paragraph(getTranslation("documents.import.upload")), upload, uploadStatus);

        Button create = new Button(getTranslation("documents.resume.create"), e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("create-resume");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, create);
        addOpenedChangeListener(e -> title.focus());
    }

    /** Test hook and upload path: use these bytes as if they had been uploaded. */
    void receive(String fileName, byte[] bytes) {
        uploaded.set(new Uploaded(fileName, bytes));
    }

    private void create() {
        title.setInvalid(false);
        pasted.setInvalid(false);
        uploadStatus.removeClassName("upload-error");
        Uploaded file = uploaded.get();
        try {
            DocumentsUi.attempt(this, () -> {
                long id = file != null ? resumes.importFile(title.getValue(), file.fileName(), file.bytes()).id()
                        : resumes.create(title.getValue(), pasted.getValue()).id();
                close();
                UI.getCurrent().navigate(ResumeEditorView.class, id);
            }, this::show);
        } finally {
            if (file != null && isOpened()) {
                uploaded.set(null);
            }
        }
    }

    /** Field errors from the service land at their field; what was typed stays. */
    private void show(InvalidInputException e) {
        e.fieldErrors().forEach((field, message) -> {
            switch (field) {
                case "title" -> {
                    title.setErrorMessage(message);
                    title.setInvalid(true);
                }
                case "text" -> {
                    pasted.setErrorMessage(message);
                    pasted.setInvalid(true);
                }
                default -> {
                    uploadStatus.setText(message);
                    uploadStatus.addClassName("upload-error");
                }
            }
        });
    }
}
