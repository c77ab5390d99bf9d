package com.clintrack.documents.ui;

import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.documents.DocumentLimits;
import com.clintrack.documents.DocumentVersion;
import com.clintrack.documents.JobApplications;
import com.clintrack.documents.ResumeDetail;
import com.clintrack.documents.ResumeService;
import com.clintrack.documents.ResumeTemplate;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The resume builder: every section on the left, the keyword match on the right (below on phones). */
@Route("documents/resumes")
@PermitAll
public class ResumeEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int APPLICATION_CHOICES = 100;

    private final ResumeService resumes;
    private final JobApplications applications;
    private final Clock clock;
    private final ZoneId zone;
    private final TextField title = new TextField();
    private final Select<ResumeTemplate> template = new Select<>();
    private final Span status = new Span();
    private final Div body = new Div();
    private @Nullable ResumeForm form;
    private @Nullable MatchPanel match;
    private @Nullable ResumeDetail loaded;
    private String pageTitle = "";

    public ResumeEditorView(ResumeService resumes, JobApplications applications, CurrentUser currentUser, Clock clock) {
        this.resumes = resumes;
        this.applications = applications;
        this.clock = clock;
        this.zone = currentUser.require().zoneId();
        addClassName("resume-editor-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            loaded = resumes.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        build(loaded);
    }

    private void build(ResumeDetail resume) {
        removeAll();
        Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-resume");
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        ViewToolbar toolbar = new ViewToolbar(resume.title(), save);

        title.setLabel(getTranslation("documents.field.title"));
        title.setMaxLength(DocumentLimits.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setId("resume-title");
        title.setValue(resume.title());
        template.setLabel(getTranslation("documents.field.template"));
        template.setItems(ResumeTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation("documents.template." + t));
        template.setHelperText(getTranslation("documents.field.template.helper"));
        template.setValue(resume.template());
        template.setId("resume-template");
        status.setId("resume-status");
        status.addClassName("resume-status");
        updateStatus(resume);

        Div actions = new Div(
                DocumentsUi.download("download-pdf", getTranslation("documents.export.pdf"),
                        DocumentsUi.fileName(resume.title(), "pdf"), "application/pdf",
                        () -> resumes.pdf(currentForm().value(), title.getValue(), template.getValue())),
                DocumentsUi.download("download-text", getTranslation("documents.export.text"),
                        DocumentsUi.fileName(resume.title(), "txt"), "text/plain;charset=UTF-8",
                        () -> com.clintrack.documents.ResumeText.of(currentForm().value())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                button("show-history", "documents.history.title", VaadinIcon.TIME_BACKWARD, e -> history()),
                button("tailor", "documents.tailor.action", VaadinIcon.COPY_O, e -> tailor()),
                button("delete-resume", "documents.delete", VaadinIcon.TRASH, e -> confirmDelete()));
        actions.addClassName("document-actions");

        Div details = new Div(title, template);
        details.addClassName("resume-details");
        form = new ResumeForm(resumes.clinicalChecklist(), clock, (content, job) -> {
            var reply = resumes.suggestBullets(content, job);
            if (reply.notice() != null) {
                Notifications.error(reply.notice(), getTranslation("common.close"));
            } else {
                Notifications.success(getTranslation("documents.bullets.added"));
            }
            return reply.value();
        });
        form.setValue(resume.content());
        match = new MatchPanel(posting -> resumes.match(currentForm().value(), posting), resumes.roleTitle());
        if (resume.applicationId() != null) {
            applications.find(resume.applicationId()).ifPresent(app -> match.setPosting(app.postingText()));
        }
        Div editor = new Div(details, form);
        editor.addClassName("resume-editor-main");
        body.removeAll();
        body.addClassName("resume-editor");
        body.add(editor, match);
        add(toolbar, status, actions, body);
        pageTitle = resume.title();
    }

    private Button button(String id, String key, VaadinIcon icon,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), icon.create(), listener);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setId(id);
        return button;
    }

    private ResumeForm currentForm() {
        return java.util.Objects.requireNonNull(form);
    }

    private void updateStatus(ResumeDetail resume) {
        String linked = resume.applicationId() == null ? ""
                : " · " + applications.find(resume.applicationId()).map(a -> getTranslation("documents.resume.tailoredForNamed", a.label()))
                        .orElse(getTranslation("documents.resume.tailoredFor", resume.applicationId()));
        status.setText(getTranslation("documents.version.status", resume.currentVersion(),
                DocumentsUi.relative(this, resume.updatedAt(), clock.instant(), zone)) + linked);
    }

    void save() {
        ResumeDetail current = java.util.Objects.requireNonNull(loaded);
        title.setInvalid(false);
        DocumentsUi.attempt(this, () -> {
            ResumeDetail saved = resumes.update(current.id(), title.getValue(), template.getValue(),
                    currentForm().value(), current.version());
            boolean newVersion = saved.currentVersion() != current.currentVersion();
            loaded = saved;
            updateStatus(saved);
            findAncestorTitle().ifPresent(h1 -> h1.setText(saved.title()));
            pageTitle = saved.title();
            Notifications.success(newVersion ? getTranslation("documents.saved", saved.currentVersion())
                    : getTranslation("documents.unchanged"));
        }, e -> {
            String message = e.fieldErrors().get("title");
            if (message != null) {
                title.setErrorMessage(message);
                title.setInvalid(true);
            }
            Notifications.error(String.join(" ", e.fieldErrors().values()), getTranslation("common.close"));
        });
    }

    private java.util.Optional<H1> findAncestorTitle() {
        return getChildren().filter(ViewToolbar.class::isInstance).findFirst()
                .flatMap(t -> t.getElement().getChild(0).getComponent()).map(H1.class::cast);
    }

    private void history() {
        ResumeDetail current = java.util.Objects.requireNonNull(loaded);
        new VersionHistoryDialog<>(resumes, current.id(), current.currentVersion(), zone, DocumentVersion::label,
                restored -> {
                    loaded = restored;
                    build(restored);
                    Notifications.success(getTranslation("documents.restored", restored.currentVersion()));
                }).open();
    }

    private void tailor() {
        ResumeDetail current = java.util.Objects.requireNonNull(loaded);
        Dialog dialog = new Dialog();
        dialog.setId("tailor-dialog");
        dialog.setHeaderTitle(getTranslation("documents.tailor.title"));
        dialog.setWidth("min(30rem, 100vw)");
        ComboBox<JobApplications.ApplicationRef> application = new ComboBox<>(getTranslation("documents.field.application"));
        application.setItems(applications.recent(APPLICATION_CHOICES));
        application.setItemLabelGenerator(JobApplications.ApplicationRef::label);
        application.setHelperText(getTranslation("documents.tailor.helper"));
        application.setRequired(true);
        application.setWidthFull();
        application.setId("tailor-application");
        TextField copyTitle = new TextField(getTranslation("documents.field.title"));
        copyTitle.setMaxLength(DocumentLimits.TITLE_MAX);
        copyTitle.setWidthFull();
        copyTitle.setId("tailor-title");
        application.addValueChangeListener(e -> {
            if (e.getValue() != null && copyTitle.isEmpty()) {
                copyTitle.setValue(abbreviate(current.title() + " – " + e.getValue().company()));
            }
        });
        Button create = new Button(getTranslation("documents.tailor.create"), e -> {
            if (application.getValue() == null) {
                application.setErrorMessage(getTranslation("documents.tailor.pick"));
                application.setInvalid(true);
                return;
            }
            DocumentsUi.attempt(this, () -> {
                long id = resumes.tailor(current.id(), application.getValue().id(), copyTitle.getValue()).id();
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ResumeEditorView.class, id));
                Notifications.success(getTranslation("documents.tailor.done"));
            });
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("tailor-create");
        dialog.add(new VerticalLayout(application, copyTitle));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    private static String abbreviate(String text) {
        return text.length() <= DocumentLimits.TITLE_MAX ? text : text.substring(0, DocumentLimits.TITLE_MAX);
    }

    private void confirmDelete() {
        ResumeDetail current = java.util.Objects.requireNonNull(loaded);
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("documents.delete.title"),
                getTranslation("documents.delete.text", current.title()), getTranslation("documents.delete"), e -> {
                    resumes.delete(current.id());
                    getUI().ifPresent(ui -> ui.navigate(DocumentsView.class));
                    Notifications.success(getTranslation("documents.deleted"));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setId("confirm-delete");
        confirm.open();
    }

    MatchPanel matchPanel() {
        return java.util.Objects.requireNonNull(match);
    }

    ResumeForm form() {
        return currentForm();
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }
}
