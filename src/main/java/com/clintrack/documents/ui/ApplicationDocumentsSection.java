package com.clintrack.documents.ui;

import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.documents.LinkedMatch;
import com.clintrack.documents.MatchResult;
import com.clintrack.documents.SentDocumentsService;
import com.clintrack.documents.SentVersion;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The documents part of an application's detail page: the keyword match of the linked resume against the
 * application's posting, and which resume version and cover-letter version were sent (pick, save, show
 * with a link to the document). Saving goes through the tracker's {@link TrackerService}.
 */
class ApplicationDocumentsSection extends Composite<Div> {

    /** Missing terms listed under the score; the editor's match panel lists them all. */
    static final int MISSING_SHOWN = 5;

    private final SentDocumentsService documents;
    private final TrackerService tracker;
    private final TrackedApplication application;
    private final Consumer<TrackedApplication> onChange;
    private final ComboBox<SentVersion> resumeVersion = new ComboBox<>();
    private final ComboBox<SentVersion> letterVersion = new ComboBox<>();

    ApplicationDocumentsSection(SentDocumentsService documents, TrackerService tracker,
            TrackedApplication application, Consumer<TrackedApplication> onChange) {
        this.documents = documents;
        this.tracker = tracker;
        this.application = application;
        this.onChange = onChange;
        getContent().addClassName("application-documents");
        getContent().setId("application-documents");
        Optional<SentVersion> sentResume = Optional.ofNullable(application.resumeVersionId())
                .flatMap(documents::resumeVersion);
        Optional<SentVersion> sentLetter = Optional.ofNullable(application.coverLetterVersionId())
                .flatMap(documents::coverLetterVersion);
        getContent().add(matchBlock(), sentBlock(sentResume, sentLetter), pickers(sentResume, sentLetter));
    }

    private Div matchBlock() {
        Div block = new Div();
        block.setId("linked-match");
        block.addClassName("linked-match");
        Optional<LinkedMatch> linked = documents.linkedMatch(application.id(), application.resumeVersionId(),
                application.postingText());
        if (linked.isEmpty()) {
            block.add(new Paragraph(getTranslation("documents.linked.none")),
                    new RouterLink(getTranslation("documents.linked.tailor"), DocumentsView.class));
            return block;
        }
        LinkedMatch m = linked.get();
        MatchResult match = m.match();
        Span score = new Span(Integer.toString(match.score()));
        score.setId("linked-match-score");
        score.addClassName("match-score");
        Span outOf = new Span(getTranslation("documents.match.outOf"));
        outOf.addClassName("match-out-of");
        Div headline = new Div(score, outOf);
        headline.addClassName("match-headline");
        String what = m.versionNumber() == null ? getTranslation("documents.linked.resume", m.resumeTitle())
                : getTranslation("documents.sent.label", m.resumeTitle(), m.versionNumber());
        Paragraph of = new Paragraph(getTranslation("documents.linked.of") + " ");
        of.add(new RouterLink(what, ResumeEditorView.class, m.resumeId()));
        Paragraph basis = new Paragraph(getTranslation("documents.match.basis." + match.basis()));
        basis.addClassName("match-basis");
        block.add(headline, of, basis);
        List<MatchResult.MissingTerm> missing = match.missing();
        if (!missing.isEmpty()) {
            Paragraph terms = new Paragraph(getTranslation("documents.linked.missing", String.join(", ",
                    missing.stream().limit(MISSING_SHOWN).map(MatchResult.MissingTerm::term).toList())));
            terms.setId("linked-match-missing");
            block.add(terms);
        }
        return block;
    }

    private Div sentBlock(Optional<SentVersion> resume, Optional<SentVersion> letter) {
        Div block = new Div();
        block.setId("sent-documents");
        block.add(sentLine("documents.sent.resume", application.resumeVersionId(), resume, true),
                sentLine("documents.sent.coverLetter", application.coverLetterVersionId(), letter, false));
        return block;
    }

    private Paragraph sentLine(String key, @Nullable Long recordedId, Optional<SentVersion> version, boolean resume) {
        Paragraph line = new Paragraph(getTranslation(key) + " ");
        if (recordedId == null) {
            line.add(new Span(getTranslation("documents.sent.nothing")));
        } else if (version.isEmpty()) {
            line.add(new Span(getTranslation("documents.sent.gone")));
        } else {
            SentVersion v = version.get();
            line.add(resume ? new RouterLink(documents.label(v), ResumeEditorView.class, v.documentId())
                    : new RouterLink(documents.label(v), CoverLetterEditorView.class, v.documentId()));
        }
        line.setId(resume ? "sent-resume" : "sent-cover-letter");
        return line;
    }

    private Div pickers(Optional<SentVersion> resume, Optional<SentVersion> letter) {
        configure(resumeVersion, "documents.sent.pickResume", "sent-resume-version", documents.resumeVersionChoices(),
                resume);
        configure(letterVersion, "documents.sent.pickCoverLetter", "sent-cover-letter-version",
                documents.coverLetterVersionChoices(), letter);
        Button save = new Button(getTranslation("documents.sent.save"), e -> save());
        save.setId("sent-save");
        Div pickers = new Div(resumeVersion, letterVersion, save);
        pickers.addClassName("sent-pickers");
        return pickers;
    }

    private void configure(ComboBox<SentVersion> box, String labelKey, String id, List<SentVersion> choices,
            Optional<SentVersion> selected) {
        box.setLabel(getTranslation(labelKey));
        box.setHelperText(getTranslation("documents.sent.helper"));
        box.setItems(choices);
        box.setItemLabelGenerator(documents::label);
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setId(id);
        selected.ifPresent(box::setValue);
    }

    private void save() {
        try {
            TrackedApplication updated = tracker.recordDocumentsSent(application.id(), id(resumeVersion.getValue()),
                    id(letterVersion.getValue()));
            Notifications.success(getTranslation("documents.sent.saved"));
            onChange.accept(updated);
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("documents.sent.notFound"), getTranslation("common.close"));
        }
    }

    private static @Nullable Long id(@Nullable SentVersion version) {
        return version == null ? null : version.versionId();
    }
}
