package com.clintrack.careerguide.ui;

import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.careerguide.RoleFileException;
import com.clintrack.careerguide.RoleFileProblem;
import com.clintrack.careerguide.RoleProfileAdminService;
import com.clintrack.careerguide.RoleProfileAdminService.RoleAdminSummary;
import com.clintrack.careerguide.RoleProfileAdminService.UploadPreview;
import com.clintrack.careerguide.RoleVersion;
import com.clintrack.careerguide.SectionChange;
import com.clintrack.security.AppRoles;
import com.clintrack.security.ClientAddress;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Admin: the career guide's role files. Upload a new version of a role (or a new role), see the problems
 * or the sections that would change, apply it; see every version of a role and restore an earlier one.
 */
@Route("admin/career-guide")
@RolesAllowed(AppRoles.ADMIN)
public class CareerGuideAdminView extends VerticalLayout implements HasDynamicTitle {

    private final RoleProfileAdminService admin;
    private final DateTimeFormatter dates;
    private final Grid<RoleAdminSummary> roleGrid = new Grid<>();
    private final Grid<RoleVersion> historyGrid = new Grid<>();
    private final H2 historyTitle = new H2();
    private final Div result = new Div();
    private final Upload upload;

    /** The client's address when the view opened: upload callbacks run outside the upload's request. */
    private final String clientAddress = ClientAddress.current();
    /** What {@link ClientAddress#current()} answers outside a request. */
    private static final String NO_ADDRESS = "unknown";

    /** The uploaded file waiting for Apply; cleared once applied or discarded. */
    private @Nullable PendingUpload pending;

    private record PendingUpload(String fileName, byte[] content, UploadPreview preview) {
    }

    public CareerGuideAdminView(RoleProfileAdminService admin, CurrentUser currentUser) {
        this.admin = admin;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(currentUser.require().zoneId());
        addClassName("guide-admin-view");

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));
        upload.setId("role-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RoleProfileAdminService.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage(),
                getTranslation("common.close")));
        result.setId("upload-result");
        result.addClassName("upload-result");

        Div uploadCard = new Div(new H2(getTranslation("guide.admin.upload")),
                new Paragraph(getTranslation("guide.admin.upload.help")), upload, result);
        uploadCard.addClassNames("card", "admin-card");

        roleGrid.setId("role-grid");
        roleGrid.addColumn(RoleAdminSummary::title).setHeader(getTranslation("guide.admin.role")).setFlexGrow(1)
                .setAutoWidth(true);
        roleGrid.addColumn(RoleAdminSummary::slug).setHeader(getTranslation("guide.admin.slug")).setAutoWidth(true);
        roleGrid.addColumn(summary -> versionLabel(summary.active())).setHeader(getTranslation("guide.admin.active"))
                .setAutoWidth(true);
        roleGrid.addColumn(RoleAdminSummary::versions).setHeader(getTranslation("guide.admin.versions"))
                .setAutoWidth(true);
        roleGrid.addThemeVariants(GridVariant.ROW_STRIPES);
        roleGrid.setAllRowsVisible(true);
        roleGrid.asSingleSelect().addValueChangeListener(event -> showHistory(event.getValue()));

        historyGrid.setId("history-grid");
        historyGrid.addColumn(this::versionLabel).setHeader(getTranslation("guide.admin.version")).setAutoWidth(true);
        historyGrid.addColumn(this::originLabel).setHeader(getTranslation("guide.admin.origin")).setAutoWidth(true);
        historyGrid.addColumn(version -> version.createdBy() == null ? "" : version.createdBy())
                .setHeader(getTranslation("guide.admin.by")).setAutoWidth(true);
        historyGrid.addColumn(version -> format(version.createdAt())).setHeader(getTranslation("guide.admin.when"))
                .setAutoWidth(true);
        historyGrid.addComponentColumn(this::actions).setHeader(getTranslation("guide.admin.actions"))
                .setAutoWidth(true).setFlexGrow(1);
        historyGrid.addThemeVariants(GridVariant.ROW_STRIPES);
        historyGrid.setAllRowsVisible(true);
        historyTitle.addClassName("admin-section-title");

        Button open = new Button(getTranslation("guide.admin.open"), VaadinIcon.ACADEMY_CAP.create(),
                event -> UI.getCurrent().navigate(CareerGuideView.class));
        open.addThemeVariants(ButtonVariant.TERTIARY);
        H2 rolesTitle = new H2(getTranslation("guide.admin.roles"));
        rolesTitle.addClassName("admin-section-title");
        add(new ViewToolbar(getTranslation("guide.admin.title"), open),
                new Paragraph(getTranslation("guide.admin.intro")), uploadCard, rolesTitle, roleGrid, historyTitle,
                historyGrid);
        refreshRoles(null);
    }

    /** Called with each uploaded file (inside UI access): check it and show problems or a preview. */
    void received(String fileName, byte[] content) {
        upload.clearFileList();
        pending = null;
        result.removeAll();
        try {
            UploadPreview preview = admin.check(fileName, content, ip());
            pending = new PendingUpload(fileName, content, preview);
            result.add(previewOf(preview));
        } catch (RoleFileException refused) {
            result.add(problemsOf(fileName, refused.problems()));
        }
    }

    private Component problemsOf(String fileName, List<RoleFileProblem> problems) {
        Div box = new Div();
        box.setId("upload-problems");
        box.addClassName("upload-problems");
        box.add(new H3(getTranslation("guide.admin.refused", fileName)),
                new Paragraph(getTranslation("guide.admin.refused.text", problems.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("problem-list");
        for (RoleFileProblem problem : problems) {
            Span path = new Span(problem.path());
            path.addClassName("problem-path");
            list.add(new ListItem(path, new Span(problem.reason())));
        }
        box.add(list);
        return box;
    }

    private Component previewOf(UploadPreview preview) {
        Div box = new Div();
        box.setId("upload-preview");
        box.addClassName("upload-preview");
        String heading = preview.newRole()
                ? getTranslation("guide.admin.preview.newRole", preview.title(), preview.slug())
                : getTranslation("guide.admin.preview.newVersion", preview.title(), preview.contentVersion());
        box.add(new H3(heading));
        if (preview.activeVersion() != null) {
            box.add(new Paragraph(getTranslation("guide.admin.preview.replaces", versionLabel(preview.activeVersion()))));
        }
        if (preview.changes().isEmpty()) {
            box.add(new Paragraph(getTranslation("guide.admin.preview.noChanges")));
        } else {
            box.add(new Paragraph(getTranslation("guide.admin.preview.changes", preview.changes().size())));
            UnorderedList list = new UnorderedList();
            list.setId("upload-changes");
            list.addClassName("change-list");
            preview.changes().forEach(change -> list.add(changeItem(change)));
            box.add(list);
        }
        Button apply = new Button(getTranslation("guide.admin.apply"), VaadinIcon.CHECK.create(), event -> apply());
        apply.setId("upload-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setEnabled(!preview.changes().isEmpty());
        Button discard = new Button(getTranslation("guide.admin.discard"), event -> discard());
        discard.setId("upload-discard");
        Div buttons = new Div(apply, discard);
        buttons.addClassName("form-buttons");
        box.add(buttons);
        return box;
    }

    private ListItem changeItem(SectionChange change) {
        Badge kind = new Badge(getTranslation("guide.admin.change." + change.kind().name()));
        kind.addThemeVariants(switch (change.kind()) {
            case ADDED -> BadgeVariant.SUCCESS;
            case CHANGED -> BadgeVariant.WARNING;
            case REMOVED -> BadgeVariant.ERROR;
        });
        Span section = new Span(change.section());
        section.addClassName("problem-path");
        ListItem item = new ListItem(kind, section);
        String detail = changeDetail(change);
        if (!detail.isEmpty()) {
            Span text = new Span(detail);
            text.addClassName("guide-small");
            item.add(text);
        }
        return item;
    }

    private String changeDetail(SectionChange change) {
        if (change.kind() == SectionChange.Kind.CHANGED && change.itemsBefore() != null && change.itemsAfter() != null) {
            return getTranslation("guide.admin.change.items", change.itemsBefore(), change.itemsAfter(),
                    change.itemsChanged());
        }
        if (!change.fieldsChanged().isEmpty()) {
            return getTranslation("guide.admin.change.fields", String.join(", ", change.fieldsChanged()));
        }
        Integer items = change.kind() == SectionChange.Kind.REMOVED ? change.itemsBefore() : change.itemsAfter();
        return items == null ? "" : getTranslation("guide.admin.change.count", items);
    }

    private void apply() {
        PendingUpload file = pending;
        if (file == null) {
            return;
        }
        RoleVersion replaced = file.preview().activeVersion();
        Integer expected = replaced == null ? null : replaced.revision();
        try {
            RoleVersion saved = admin.apply(file.fileName(), file.content(), expected, ip());
            pending = null;
            result.removeAll();
            Notifications.success(getTranslation("guide.admin.applied", saved.title(), saved.revision()));
            refreshRoles(saved.slug());
        } catch (RoleFileException refused) {
            pending = null;
            result.removeAll();
            result.add(problemsOf(file.fileName(), refused.problems()));
        } catch (ConflictException | InvalidInputException failed) {
            Notifications.error(failed instanceof InvalidInputException invalid
                    ? String.join(" ", invalid.fieldErrors().values()) : failed.getMessage(),
                    getTranslation("common.close"));
        }
    }

    private void discard() {
        pending = null;
        result.removeAll();
    }

    private void refreshRoles(@Nullable String select) {
        List<RoleAdminSummary> roles = admin.roles();
        roleGrid.setItems(roles);
        roles.stream()
                .filter(role -> select == null || role.slug().equals(select))
                .findFirst()
                .ifPresentOrElse(roleGrid::select, () -> showHistory(null));
    }

    private void showHistory(@Nullable RoleAdminSummary role) {
        historyTitle.setVisible(role != null);
        historyGrid.setVisible(role != null);
        if (role == null) {
            historyGrid.setItems(List.of());
            return;
        }
        historyTitle.setText(getTranslation("guide.admin.history", role.title()));
        historyGrid.setItems(admin.history(role.slug()));
    }

    private Component actions(RoleVersion version) {
        Div actions = new Div();
        actions.addClassName("badge-row");
        if (version.active()) {
            Badge active = new Badge(getTranslation("guide.admin.activeNow"), VaadinIcon.CHECK.create());
            active.addThemeVariants(BadgeVariant.SUCCESS);
            actions.add(active);
        } else {
            Button restore = new Button(getTranslation("guide.admin.restore"), VaadinIcon.ROTATE_LEFT.create(),
                    event -> confirmRestore(version));
            restore.addThemeVariants(ButtonVariant.TERTIARY);
            restore.addClassName("restore-button");
            actions.add(restore);
        }
        String fileName = version.slug() + (version.revision() == null ? "" : "-r" + version.revision()) + ".json";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] text = admin.content(version.slug(), version.revision()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), fileName, "application/json", text.length);
        }), getTranslation("guide.admin.download"));
        download.getElement().setAttribute("download", fileName);
        download.addClassName("download-link");
        actions.add(download);
        return actions;
    }

    private void confirmRestore(RoleVersion version) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("guide.admin.restore.title"));
        dialog.setText(getTranslation("guide.admin.restore.text", versionLabel(version), version.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("guide.admin.restore"));
        dialog.addConfirmListener(event -> restore(version));
        dialog.open();
    }

    void restore(RoleVersion version) {
        try {
            RoleVersion saved = admin.restore(version.slug(), version.revision(), ip());
            Notifications.success(getTranslation("guide.admin.restored", versionLabel(version), saved.revision()));
            refreshRoles(version.slug());
        } catch (RoleFileException refused) {
            Notifications.error(refused.problems().stream().map(RoleFileProblem::toString)
                    .collect(Collectors.joining("; ")), getTranslation("common.close"));
        } catch (InvalidInputException | ConflictException failed) {
            Notifications.error(failed instanceof InvalidInputException invalid
                    ? String.join(" ", invalid.fieldErrors().values()) : failed.getMessage(),
                    getTranslation("common.close"));
        }
    }

    private String ip() {
        String now = ClientAddress.current();
        return NO_ADDRESS.equals(now) ? clientAddress : now;
    }

    private String versionLabel(RoleVersion version) {
        if (version.bundled()) {
            return getTranslation("guide.admin.bundled", version.contentVersion());
        }
        return getTranslation("guide.admin.revision", version.revision(), version.contentVersion());
    }

    private String originLabel(RoleVersion version) {
        return getTranslation("guide.admin.origin." + version.origin().name(),
                version.restoredFrom() == null ? "" : version.restoredFrom());
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? "" : dates.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.admin.title") + " · " + getTranslation("app.name");
    }
}
