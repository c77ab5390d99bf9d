package com.clintrack.documents.ui;

import com.clintrack.assistant.AssistantReply;
import com.clintrack.assistant.AssistantService;
import com.clintrack.assistant.Tone;
import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.documents.CoverLetterDetail;
import com.clintrack.documents.CoverLetterService;
import com.clintrack.documents.DocumentLimits;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cover letter: edit the text, draft it again in another tone, compare and restore its versions, export
 * the PDF.
 */
@Route("documents/cover-letters")
@PermitAll
public class CoverLetterEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CoverLetterService letters;
    private final AssistantService assistant;
    private final Clock clock;
    private final ZoneId zone;
    private final TextField title = new TextField();
    private final Select<Tone> tone = new Select<>();
    private final TextArea body = new TextArea();
    private final Span status = new Span();
    private final Span notice = new Span();
    private @Nullable CoverLetterDetail loaded;
    private String pageTitle = "";

    public CoverLetterEditorView(CoverLetterService letters, AssistantService assistant, CurrentUser currentUser,
            Clock clock) {
        this.letters = letters;
        this.assistant = assistant;
        this.clock = clock;
        this.zone = currentUser.require().zoneId();
        addClassName("letter-editor-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            build(letters.get(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void build(CoverLetterDetail letter) {
        loaded = letter;
        removeAll();
        pageTitle = letter.title();
        Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-letter");
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);

        title.setLabel(getTranslation("documents.field.title"));
        title.setMaxLength(DocumentLimits.TITLE_MAX);
        title.setValue(letter.title());
        title.setId("letter-title");
        tone.setLabel(getTranslation("documents.field.tone"));
        tone.setItems(Tone.values());
        tone.setItemLabelGenerator(t -> getTranslation("documents.tone." + t));
        tone.setValue(letter.tone());
        tone.setId("letter-tone");
        body.setLabel(getTranslation("documents.field.letter"));
        body.setMaxLength(DocumentLimits.LETTER_MAX);
        body.setValue(letter.body());
        body.setWidthFull();
        body.setMinHeight("24rem");
        body.setId("letter-body");
        status.setId("letter-status");
        status.addClassName("resume-status");
        status.setText(getTranslation("documents.version.status", letter.currentVersion(),
                DocumentsUi.relative(this, letter.updatedAt(), clock.instant(), zone)));
        notice.setId("assistant-notice");
        notice.addClassName("assistant-notice");
        notice.setVisible(false);

        Button redraft = new Button(getTranslation("documents.letter.redraft"), VaadinIcon.MAGIC.create(), e -> redraft());
        redraft.setId("redraft-letter");
        redraft.setTooltipText(getTranslation("documents.letter.redraft.helper"));
        Button history = new Button(getTranslation("documents.history.title"), VaadinIcon.TIME_BACKWARD.create(),
                e -> history());
        history.addThemeVariants(ButtonVariant.TERTIARY);
        history.setId("show-history");
        Button delete = new Button(getTranslation("documents.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.TERTIARY);
        delete.setId("delete-letter");
        Div actions = new Div(redraft, DocumentsUi.download("download-pdf", getTranslation("documents.export.pdf"),
                DocumentsUi.fileName(letter.title(), "pdf"), "application/pdf", () -> letters.pdf(letter.id())),
                history, delete);
        actions.addClassName("document-actions");
        Div fields = new Div(title, tone);
        fields.addClassName("resume-details");
        Div editor = new Div(fields, AssistantConsent.of(assistant), notice, body);
        editor.addClassName("letter-editor");
        add(new ViewToolbar(letter.title(), save), status, actions, editor);
    }

    private void redraft() {
        CoverLetterDetail current = Objects.requireNonNull(loaded);
        AssistantReply<String> reply = letters.redraft(current.id(), tone.getValue(), null);
        body.setValue(reply.value());
        notice.setVisible(reply.notice() != null);
        notice.setText(reply.notice() == null ? "" : reply.notice());
        Notifications.success(getTranslation("documents.letter.redrafted",
                getTranslation("assistant.engine." + reply.engine())));
    }

    void save() {
        CoverLetterDetail current = Objects.requireNonNull(loaded);
        DocumentsUi.attempt(this, () -> {
            CoverLetterDetail saved = letters.update(current.id(), title.getValue(), tone.getValue(), body.getValue(),
                    current.version());
            boolean newVersion = saved.currentVersion() != current.currentVersion();
            build(saved);
            Notifications.success(newVersion ? getTranslation("documents.saved", saved.currentVersion())
                    : getTranslation("documents.unchanged"));
        });
    }

    private void history() {
        CoverLetterDetail current = Objects.requireNonNull(loaded);
        new VersionHistoryDialog<>(letters, current.id(), current.currentVersion(), zone,
                v -> getTranslation("documents.tone." + v.label()), restored -> {
                    build(restored);
                    Notifications.success(getTranslation("documents.restored", restored.currentVersion()));
                }).open();
    }

    private void confirmDelete() {
        CoverLetterDetail current = Objects.requireNonNull(loaded);
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("documents.delete.title"),
                getTranslation("documents.delete.text", current.title()), getTranslation("documents.delete"), e -> {
                    letters.delete(current.id());
                    getUI().ifPresent(ui -> ui.navigate(DocumentsView.class));
                    Notifications.success(getTranslation("documents.deleted"));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }
}
