package com.clintrack.tracker.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.CurrentUser;
import com.clintrack.tracker.ApplicationDetailSection;
import com.clintrack.tracker.ContactData;
import com.clintrack.tracker.ContactService;
import com.clintrack.tracker.FollowUpEntry;
import com.clintrack.tracker.NoteEntry;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.StageChangeEntry;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerLimits;
import com.clintrack.tracker.TrackerService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One application: the form, the stage with its timeline, notes, follow-ups, contacts and linked documents. */
@Route("applications/:id([0-9]+)")
@PermitAll
public class ApplicationDetailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID = "id";
    private static final int CONTACT_CHOICES = 200;

    private final TrackerService tracker;
    private final ContactService contacts;
    private final ZoneId zone;
    private final Clock clock;
    private final List<ApplicationDetailSection> sections;
    private final ApplicationForm form = new ApplicationForm();
    private final Div header = new Div();
    private final OrderedList timeline = new OrderedList();
    private final UnorderedList notes = new UnorderedList();
    private final UnorderedList followUps = new UnorderedList();
    private final UnorderedList contactList = new UnorderedList();
    private final Div documents = new Div();
    private final ComboBox<ContactData> linkExisting = new ComboBox<>();
    private long applicationId;
    private @Nullable TrackedApplication current;
    private String pageTitle = "";

    public ApplicationDetailView(TrackerService tracker, ContactService contacts, CurrentUser currentUser,
            Clock clock, ObjectProvider<ApplicationDetailSection> sections) {
        this.tracker = tracker;
        this.sections = sections.orderedStream().toList();
        this.contacts = contacts;
        this.zone = currentUser.require().zoneId();
        this.clock = clock;
        addClassName("tracker-view");
        addClassName("tracker-detail");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        try {
            current = tracker.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        applicationId = id;
        build();
    }

    private void build() {
        removeAll();
        TrackedApplication a = java.util.Objects.requireNonNull(current);
        pageTitle = a.company() + " — " + a.title();
        Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("detail-save");
        Button delete = new Button(getTranslation("tracker.detail.delete"), VaadinIcon.TRASH.create(),
                e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setId("detail-delete");
        RouterLink back = new RouterLink("← " + getTranslation("tracker.title"), ApplicationsView.class);
        RouterLink board = new RouterLink(getTranslation("tracker.board"), BoardView.class);
        HorizontalLayout nav = new HorizontalLayout(back, board);
        nav.addClassName("tracker-links");

        form.read(a);
        Button cancel = new Button(getTranslation("tracker.detail.revert"), e -> reload());
        cancel.setId("detail-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("tracker-form-buttons");

        Div main = new Div(section("tracker.detail.details", form, buttons));
        main.addClassName("tracker-detail-main");
        Div side = new Div(section("tracker.detail.stage", header, timeline),
                section("tracker.detail.followUps", followUps, followUpAdder()),
                section("tracker.detail.notes", noteAdder(), notes),
                section("tracker.detail.contacts", contactList, contactAdder()),
                section("tracker.detail.documents", documents));
        side.addClassName("tracker-detail-side");
        Div columns = new Div(main, side);
        columns.addClassName("tracker-detail-columns");
        add(new ViewToolbar(pageTitle, delete), nav, columns);
        refreshSide();
    }

    private Div section(String titleKey, Component... content) {
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassName("tracker-section-title");
        Div section = new Div(heading);
        section.add(content);
        section.addClassName("tracker-section");
        return section;
    }

    private void refreshSide() {
        TrackedApplication a = java.util.Objects.requireNonNull(current);
        header.removeAll();
        Select<Stage> moveTo = new Select<>();
        moveTo.setPlaceholder(getTranslation("tracker.bulk.moveTo"));
        moveTo.setAriaLabel(getTranslation("tracker.bulk.moveTo"));
        moveTo.setItems(Stage.values());
        moveTo.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        moveTo.setId("detail-move");
        moveTo.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Stage target = e.getValue();
                moveTo.clear();
                new StageMoveDialog(this, target, move -> {
                    try {
                        TrackedApplication before = current;
                        current = tracker.move(applicationId, move);
                        form.afterMove(java.util.Objects.requireNonNull(before), current);
                        refreshSide();
                        Notifications.success(getTranslation("tracker.moved", getTranslation(target.messageKey())));
                    } catch (InvalidInputException ex) {
                        Notifications.error(String.join(" ", ex.fieldErrors().values()),
                                getTranslation("common.close"));
                    }
                }).open();
            }
        });
        Span days = new Span(getTranslation("tracker.card.daysInStage",
                TrackerUi.daysSince(a.stageChangedAt(), clock.instant())));
        days.addClassName("tracker-muted");
        HorizontalLayout row = new HorizontalLayout(TrackerUi.stageBadge(this, a), days, moveTo);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        header.add(row);
        if (a.url() != null) {
            header.add(new Div(TrackerUi.safeLink(a.url(), getTranslation("tracker.detail.openPosting"))));
        }

        timeline.removeAll();
        timeline.setId("timeline");
        timeline.addClassName("tracker-timeline");
        List<StageChangeEntry> history = tracker.history(applicationId);
        for (int i = history.size() - 1; i >= 0; i--) {
            StageChangeEntry entry = history.get(i);
            String text = entry.from() == null
                    ? getTranslation("tracker.timeline.created", getTranslation(entry.to().messageKey()))
                    : getTranslation("tracker.timeline.moved", getTranslation(entry.from().messageKey()),
                            getTranslation(entry.to().messageKey()));
            if (entry.closedReason() != null) {
                text += " (" + getTranslation(entry.closedReason().messageKey()) + ")";
            }
            ListItem item = new ListItem(new Span(text));
            Span when = new Span(TrackerUi.dateTime(entry.at(), zone));
            when.addClassName("tracker-muted");
            item.add(when);
            if (entry.note() != null) {
                item.add(new Paragraph(entry.note()));
            }
            timeline.add(item);
        }

        notes.removeAll();
        notes.setId("notes");
        notes.addClassName("tracker-plain-list");
        for (NoteEntry note : tracker.notes(applicationId)) {
            Span when = new Span(TrackerUi.dateTime(note.createdAt(), zone));
            when.addClassName("tracker-muted");
            Paragraph body = new Paragraph(note.text());
            body.addClassName("tracker-note-text");
            Button edit = iconButton(VaadinIcon.EDIT, "tracker.note.edit", e -> ItemEditDialog.note(this, note,
                    text -> saveItem(() -> tracker.updateNote(applicationId, note.id(), text))).open());
            Button remove = iconButton(VaadinIcon.TRASH, "tracker.note.delete", e -> {
                tracker.deleteNote(applicationId, note.id());
                refreshSide();
            });
            notes.add(new ListItem(itemLine(edit, remove, when), body));
        }

        followUps.removeAll();
        followUps.setId("follow-ups");
        followUps.addClassName("tracker-plain-list");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (FollowUpEntry followUp : tracker.followUps(applicationId)) {
            Checkbox done = new Checkbox(followUp.title(), followUp.done());
            done.addValueChangeListener(e -> {
                tracker.setFollowUpDone(followUp.id(), e.getValue());
                refreshSide();
            });
            Span due = new Span(TrackerUi.date(followUp.dueOn()) + " · "
                    + TrackerUi.relative(this, followUp.dueOn(), today));
            due.addClassName(!followUp.done() && !followUp.dueOn().isAfter(today) ? "tracker-due" : "tracker-muted");
            Button edit = iconButton(VaadinIcon.EDIT, "tracker.followUp.edit", e -> ItemEditDialog.followUp(this,
                    followUp, (title, dueOn) -> saveItem(() -> tracker.updateFollowUp(applicationId, followUp.id(),
                            title, dueOn, null))).open());
            Button remove = iconButton(VaadinIcon.TRASH, "tracker.followUp.delete", e -> {
                tracker.deleteFollowUp(applicationId, followUp.id());
                refreshSide();
            });
            followUps.add(new ListItem(itemLine(edit, remove, done, due)));
        }

        contactList.removeAll();
        contactList.setId("contacts");
        contactList.addClassName("tracker-plain-list");
        for (ContactData contact : contacts.ofApplication(applicationId)) {
            Div card = new Div(new Span(contact.name()));
            if (contact.role() != null) {
                card.add(TrackerUi.badge(getTranslation(contact.role().messageKey()), "contrast"));
            }
            if (contact.email() != null) {
                card.add(new Div(new Anchor("mailto:" + contact.email(), contact.email())));
            }
            if (contact.phone() != null) {
                card.add(new Div(new Anchor("tel:" + contact.phone().replaceAll("[^0-9+]", ""), contact.phone())));
            }
            if (contact.linkedinUrl() != null) {
                card.add(new Div(TrackerUi.safeLink(contact.linkedinUrl(), getTranslation("tracker.contact.linkedin"))));
            }
            if (contact.notes() != null) {
                card.add(new Paragraph(contact.notes()));
            }
            Button unlink = iconButton(VaadinIcon.UNLINK, "tracker.contact.unlink", e -> {
                contacts.unlink(applicationId, contact.id());
                refreshSide();
            });
            Button edit = iconButton(VaadinIcon.EDIT, "tracker.contact.edit", e -> new ContactDialog(this, contact,
                    draft -> {
                        contacts.update(contact.id(), draft);
                        refreshSide();
                    }).open());
            card.add(new HorizontalLayout(edit, unlink));
            card.addClassName("tracker-contact");
            contactList.add(new ListItem(card));
        }
        linkExisting.setItems(contacts.all(PageRequest.of(0, CONTACT_CHOICES, Sort.by("name"))));

        refreshDocuments();
    }

    /** Sections from other features (documents) when present; otherwise the bare ids the tracker knows. */
    private void refreshDocuments() {
        TrackedApplication a = java.util.Objects.requireNonNull(current);
        documents.removeAll();
        documents.setId("documents");
        if (!sections.isEmpty()) {
            sections.forEach(section -> documents.add(section.create(a, this::documentsRecorded)));
            return;
        }
        documents.add(new Paragraph(a.resumeVersionId() == null ? getTranslation("tracker.documents.noResume")
                : getTranslation("tracker.documents.resume", a.resumeVersionId())));
        documents.add(new Paragraph(a.coverLetterVersionId() == null
                ? getTranslation("tracker.documents.noCoverLetter")
                : getTranslation("tracker.documents.coverLetter", a.coverLetterVersionId())));
    }

    private void documentsRecorded(TrackedApplication after) {
        form.afterDocuments(java.util.Objects.requireNonNull(current), after);
        current = after;
        refreshDocuments();
    }

    private Button iconButton(VaadinIcon icon, String labelKey,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        return TrackerUi.iconButton(this, icon, labelKey, click);
    }

    /** A note's or follow-up's line: its content wraps, and the edit and delete buttons stay together at the end. */
    private static Div itemLine(Button edit, Button remove, Component... content) {
        Div main = new Div(content);
        main.addClassName("tracker-item-main");
        Div actions = new Div(edit, remove);
        actions.addClassName("tracker-row-actions");
        Div line = new Div(main, actions);
        line.addClassName("tracker-item");
        return line;
    }

    /**
     * Saves an edited note or follow-up and redraws the lists. A refused input propagates to the dialog, which
     * shows it at the field; an item deleted meanwhile (another tab) is said and dropped from the list.
     */
    private void saveItem(Runnable save) {
        try {
            save.run();
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("tracker.item.gone"), getTranslation("common.close"));
        }
        refreshSide();
    }

    private Component noteAdder() {
        TextArea text = new TextArea();
        text.setAriaLabel(getTranslation("tracker.note.new"));
        text.setPlaceholder(getTranslation("tracker.note.new"));
        text.setMaxLength(TrackerLimits.NOTE_MAX);
        text.setWidthFull();
        text.setId("note-text");
        Button add = new Button(getTranslation("tracker.note.add"), e -> {
            try {
                tracker.addNote(applicationId, text.getValue());
                text.clear();
                text.setInvalid(false);
                refreshSide();
            } catch (InvalidInputException ex) {
                text.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                text.setInvalid(true);
            }
        });
        add.setId("note-add");
        return new Div(text, add);
    }

    private Component followUpAdder() {
        TextField title = new TextField();
        title.setAriaLabel(getTranslation("tracker.followUp.title"));
        title.setPlaceholder(getTranslation("tracker.followUp.title"));
        title.setMaxLength(TrackerLimits.FOLLOW_UP_TITLE_MAX);
        title.setId("follow-up-title");
        DatePicker due = new DatePicker();
        due.setAriaLabel(getTranslation("tracker.followUp.due"));
        due.setPlaceholder(getTranslation("tracker.followUp.due"));
        due.setValue(LocalDate.now(clock.withZone(zone)).plusDays(TrackerLimits.FOLLOW_UP_AFTER_DAYS));
        due.setId("follow-up-due");
        Button add = new Button(getTranslation("tracker.followUp.add"), e -> {
            try {
                tracker.addFollowUp(applicationId, title.getValue(), due.getValue());
                title.clear();
                title.setInvalid(false);
                refreshSide();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex.fieldErrors(), Map.of("title", title, "dueOn", due));
            }
        });
        add.setId("follow-up-add");
        HorizontalLayout row = new HorizontalLayout(title, due, add);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component contactAdder() {
        Button create = new Button(getTranslation("tracker.contact.add"), VaadinIcon.PLUS.create(),
                e -> new ContactDialog(this, draft -> {
                    contacts.addToApplication(applicationId, draft);
                    refreshSide();
                }).open());
        create.setId("contact-add");
        linkExisting.setPlaceholder(getTranslation("tracker.contact.linkExisting"));
        linkExisting.setAriaLabel(getTranslation("tracker.contact.linkExisting"));
        linkExisting.setItemLabelGenerator(c -> c.name() + (c.email() == null ? "" : " <" + c.email() + ">"));
        linkExisting.setId("contact-link");
        linkExisting.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                contacts.link(applicationId, e.getValue().id());
                linkExisting.clear();
                refreshSide();
            }
        });
        HorizontalLayout row = new HorizontalLayout(create, linkExisting);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void save() {
        try {
            current = tracker.update(applicationId, form.draft());
            form.saved(current);
            form.showErrors(Map.of());
            refreshSide();
            Notifications.success(getTranslation("tracker.detail.saved"));
        } catch (InvalidInputException e) {
            Map<String, String> rest = form.showErrors(e.fieldErrors());
            if (!rest.isEmpty()) {
                Notifications.error(String.join(" ", rest.values()), getTranslation("common.close"));
            }
        } catch (OptimisticLockingFailureException e) {
            // Someone else saved first: keep what this user typed, and say how to go on.
            Notification note = Notifications.error(getTranslation("tracker.detail.conflict"),
                    getTranslation("common.close"));
            note.setId("conflict-notification");
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("tracker.bulk.gone"), getTranslation("common.close"));
        }
    }

    private void reload() {
        try {
            current = tracker.get(applicationId);
            form.read(current);
            form.showErrors(Map.of());
            refreshSide();
        } catch (NotFoundException e) {
            getUI().ifPresent(ui -> ui.navigate(ApplicationsView.class));
        }
    }

    private void confirmDelete() {
        TrackerUi.confirmDelete(this, getTranslation("tracker.detail.delete"),
                getTranslation("tracker.detail.deleteConfirm", pageTitle), getTranslation("tracker.detail.delete"),
                "detail-delete-confirm", () -> {
                    long id = applicationId;
                    tracker.trash(List.of(id));
                    com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
                    TrackerUi.undoable(this, getTranslation("tracker.bulk.deleted", 1), () -> {
                        tracker.restore(List.of(id));
                        ui.navigate(ApplicationDetailView.class, parameters(id));
                    });
                    ui.navigate(ApplicationsView.class);
                });
    }

    ApplicationForm form() {
        return form;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }
}
