package com.clintrack.documents.ui;

import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.Paging;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.documents.CoverLetterService;
import com.clintrack.documents.CoverLetterSummary;
import com.clintrack.documents.DocumentExamples;
import com.clintrack.documents.JobApplications;
import com.clintrack.documents.ResumeService;
import com.clintrack.documents.ResumeSummary;
import com.clintrack.assistant.AssistantService;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Resumes, cover letters and examples: the list to start from, and the way to make the first one. */
@Route("documents")
@PermitAll
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    private static final Map<String, String> RESUME_SORT = Map.of("title", "title", "updated", "updatedAt");
    private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id"));

    private final ResumeService resumes;
    private final CoverLetterService letters;
    private final AssistantService assistant;
    private final JobApplications applications;
    private final Clock clock;
    private final ZoneId zone;

    public DocumentsView(ResumeService resumes, CoverLetterService letters, AssistantService assistant,
            JobApplications applications, CurrentUser currentUser, Clock clock) {
        this.resumes = resumes;
        this.letters = letters;
        this.assistant = assistant;
        this.applications = applications;
        this.clock = clock;
        this.zone = currentUser.require().zoneId();
        addClassName("documents-view");

        Button newResume = new Button(getTranslation("documents.resume.new"), VaadinIcon.PLUS.create(),
                e -> new NewResumeDialog(resumes).open());
        newResume.addThemeVariants(ButtonVariant.PRIMARY);
        newResume.setId("new-resume");

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("documents.tab.resumes"), resumeTab()).setId("tab-resumes");
        tabs.add(getTranslation("documents.tab.letters"), letterTab()).setId("tab-letters");
        tabs.add(getTranslation("documents.tab.examples"), examplesTab()).setId("tab-examples");
        add(new ViewToolbar(getTranslation("documents.title"), newResume), tabs);
    }

    private Div resumeTab() {
        Div tab = new Div();
        tab.addClassName("documents-tab");
        if (resumes.count() == 0) {
            Button create = new Button(getTranslation("documents.resume.new"), e -> new NewResumeDialog(resumes).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("empty-new-resume");
            tab.add(new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("documents.resumes.empty.title"),
                    getTranslation("documents.resumes.empty.text"), create));
            return tab;
        }
        Grid<ResumeSummary> grid = new Grid<>();
        grid.setId("resumes");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> new RouterLink(r.title(), ResumeEditorView.class, r.id()))
                .setHeader(getTranslation("documents.column.title")).setKey("title").setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(r -> r.applicationId() == null ? "" : getTranslation("documents.resume.tailoredFor", r.applicationId()))
                .setHeader(getTranslation("documents.column.application")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("documents.version.short", r.currentVersion()))
                .setHeader(getTranslation("documents.column.version")).setFlexGrow(0).setWidth("6rem");
        grid.addColumn(r -> DocumentsUi.relative(this, r.updatedAt(), clock.instant(), zone))
                .setHeader(getTranslation("documents.column.updated")).setKey("updated").setSortable(true)
                .setFlexGrow(1);
        grid.setItems(query -> resumes.list(Paging.of(query, RESUME_SORT, NEWEST)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ResumeEditorView.class, e.getItem().id())));
        tab.add(grid);
        return tab;
    }

    private Div letterTab() {
        Div tab = new Div();
        tab.addClassName("documents-tab");
        Button create = new Button(getTranslation("documents.letter.new"), VaadinIcon.PLUS.create(),
                e -> new NewCoverLetterDialog(letters, resumes, assistant, applications).open());
        create.setId("new-letter");
        if (letters.list(PageRequest.of(0, 1)).isEmpty()) {
            create.addThemeVariants(ButtonVariant.PRIMARY);
            tab.add(new EmptyState(VaadinIcon.ENVELOPE_O, getTranslation("documents.letters.empty.title"),
                    getTranslation("documents.letters.empty.text"), create));
            return tab;
        }
        Grid<CoverLetterSummary> grid = new Grid<>();
        grid.setId("letters");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(l -> new RouterLink(l.title(), CoverLetterEditorView.class, l.id()))
                .setHeader(getTranslation("documents.column.title")).setFlexGrow(3);
        grid.addColumn(CoverLetterSummary::jobTitle).setHeader(getTranslation("documents.column.job")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("documents.tone." + l.tone())).setHeader(getTranslation("documents.column.tone"))
                .setFlexGrow(1);
        grid.addColumn(l -> DocumentsUi.relative(this, l.updatedAt(), clock.instant(), zone))
                .setHeader(getTranslation("documents.column.updated")).setFlexGrow(1);
        grid.setItems(query -> letters.list(Paging.of(query, Map.of(), NEWEST)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CoverLetterEditorView.class, e.getItem().id())));
        tab.add(create, grid);
        return tab;
    }

    private Div examplesTab() {
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (DocumentExamples.ExampleResume example : resumes.examples()) {
            Button start = new Button(getTranslation("documents.example.start"), e -> DocumentsUi.attempt(this, () -> {
                long id = resumes.startFromExample(example.id()).id();
                getUI().ifPresent(ui -> ui.navigate(ResumeEditorView.class, id));
            }));
            start.setId("example-resume-" + example.id());
            cards.add(card(VaadinIcon.FILE_TEXT_O, getTranslation("documents.example.resume"), example.name(),
                    example.description(), start));
        }
        for (DocumentExamples.ExampleLetter example : letters.examples()) {
            Button start = new Button(getTranslation("documents.example.start"), e -> DocumentsUi.attempt(this, () -> {
                long id = letters.startFromExample(example.id()).id();
                getUI().ifPresent(ui -> ui.navigate(CoverLetterEditorView.class, id));
            }));
            start.setId("example-letter-" + example.id());
            cards.add(card(VaadinIcon.ENVELOPE_O, getTranslation("documents.example.letter"), example.name(),
                    example.description(), start));
        }
        Div tab = new Div(new Paragraph(getTranslation("documents.examples.intro")), cards);
        tab.addClassName("documents-tab");
        return tab;
    }

    private static Div card(VaadinIcon icon, String kind, String name, String description, Button action) {
        var symbol = icon.create();
        symbol.addClassName("card-icon");
        symbol.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(kind);
        label.addClassName("doc-kind");
        Div card = new Div(symbol, label, new H3(name), new Paragraph(description), action);
        card.addClassNames("card", "example-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title") + " · " + getTranslation("app.name");
    }

    static H2 sectionTitle(String text) {
        return new H2(text);
    }
}
