package com.clintrack.tracker.ui;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.tracker.ApplicationDraft;
import com.clintrack.tracker.CsvField;
import com.clintrack.tracker.ImportPreview;
import com.clintrack.tracker.TrackerTransferService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import tools.jackson.databind.ObjectMapper;

/**
 * CSV import with a preview and mapping step (all or nothing, errors by row), and CSV/JSON export.
 * The import runs in the background behind a progress bar, so the UI stays responsive.
 */
@Route("applications/import")
@PermitAll
public class ImportExportView extends VerticalLayout implements HasDynamicTitle {

    /** Largest CSV file accepted: about 5,000 rows with long postings. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final int POLL_MS = 300;

    private final TrackerTransferService transfer;
    private final Div previewArea = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Map<String, CsvField> overrides = new LinkedHashMap<>();
    private String csv = "";

    public ImportExportView(TrackerTransferService transfer, ObjectMapper json) {
        this.transfer = transfer;
        addClassName("tracker-view");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> loaded(text)));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setId("csv-upload");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage(), getTranslation("common.close")));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("import-progress");
        previewArea.setId("import-preview");
        previewArea.setWidthFull();

        Anchor csvExport = new Anchor(DownloadHandler.fromInputStream(event -> {
            StringWriter out = new StringWriter();
            transfer.exportCsv(out);
            byte[] data = out.toString().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(data), "applications.csv", "text/csv", data.length);
        }), getTranslation("tracker.export.csv"));
        csvExport.setId("export-csv");
        Anchor jsonExport = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(transfer.exportAll());
            return new DownloadResponse(new ByteArrayInputStream(data), "clintrack-tracker.json",
                    "application/json", data.length);
        }), getTranslation("tracker.export.json"));
        jsonExport.setId("export-json");
        HorizontalLayout exports = new HorizontalLayout(csvExport, jsonExport);

        RouterLink back = new RouterLink("← " + getTranslation("tracker.title"), ApplicationsView.class);
        add(new ViewToolbar(getTranslation("tracker.importExport")), back,
                heading("tracker.import.title"), new Paragraph(getTranslation("tracker.import.text")), upload,
                progress, previewArea,
                heading("tracker.export.title"), new Paragraph(getTranslation("tracker.export.text")), exports);
    }

    private H2 heading(String key) {
        H2 h = new H2(getTranslation(key));
        h.addClassName("tracker-section-title");
        return h;
    }

    void loaded(String text) {
        csv = text;
        overrides.clear();
        showPreview();
    }

    private void showPreview() {
        ImportPreview preview = transfer.preview(csv, overrides);
        previewArea.removeAll();
        Grid<String> mapping = new Grid<>();
        mapping.setId("import-mapping");
        mapping.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        mapping.addColumn(h -> h).setHeader(getTranslation("tracker.import.column"));
        mapping.addComponentColumn(header -> {
            ComboBox<CsvField> field = new ComboBox<>();
            field.setItems(Arrays.asList(CsvField.values()));
            field.setItemLabelGenerator(CsvField::header);
            field.setPlaceholder(getTranslation("tracker.import.ignored"));
            field.setAriaLabel(getTranslation("tracker.import.mapTo", header));
            field.setValue(preview.mapping().get(header));
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    if (e.getValue() == null) {
                        overrides.remove(header);
                    } else {
                        overrides.put(header, e.getValue());
                    }
                    showPreview();
                }
            });
            return field;
        }).setHeader(getTranslation("tracker.import.field"));
        mapping.setItems(preview.headers());
        mapping.setAllRowsVisible(true);

        Grid<ApplicationDraft> sample = new Grid<>();
        sample.setId("import-sample");
        sample.addThemeVariants(GridVariant.NO_BORDER);
        sample.addColumn(ApplicationDraft::company).setHeader(getTranslation("tracker.field.company"));
        sample.addColumn(ApplicationDraft::title).setHeader(getTranslation("tracker.field.title"));
        sample.addColumn(d -> d.stage() == null ? "" : getTranslation(d.stage().messageKey()))
                .setHeader(getTranslation("tracker.field.stage"));
        sample.addColumn(d -> TrackerUi.date(d.appliedOn())).setHeader(getTranslation("tracker.field.appliedOn"));
        sample.addColumn(d -> d.url() == null ? "" : d.url()).setHeader(getTranslation("tracker.field.url"));
        sample.setItems(preview.sample());
        sample.setAllRowsVisible(true);

        H2 found = new H2(getTranslation("tracker.import.preview", preview.rows()));
        found.addClassName("tracker-section-title");
        previewArea.add(found, mapping, sample);
        if (!preview.errors().isEmpty()) {
            previewArea.add(errorList(preview.errors()));
        }
        Button importButton = new Button(getTranslation("tracker.import.run", preview.rows()),
                VaadinIcon.UPLOAD.create(), e -> runImport());
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(preview.valid());
        importButton.setId("import-run");
        previewArea.add(importButton);
    }

    private Div errorList(Map<String, String> errors) {
        UnorderedList list = new UnorderedList();
        errors.forEach((row, message) -> list.add(new ListItem(row + ": " + message)));
        Div box = new Div(new Paragraph(getTranslation("tracker.import.fix")), list);
        box.addClassName("tracker-warning");
        box.setId("import-errors");
        return box;
    }

    private void runImport() {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        previewArea.setEnabled(false);
        ui.setPollInterval(POLL_MS);
        String text = csv;
        Map<String, CsvField> mapping = Map.copyOf(overrides);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                int imported = transfer.importCsv(text, mapping);
                ui.access(() -> finished(ui, imported, null));
            } catch (InvalidInputException e) {
                ui.access(() -> finished(ui, 0, e.fieldErrors()));
            } catch (RuntimeException e) {
                ui.access(() -> {
                    finished(ui, 0, Map.of());
                    throw e;
                });
            }
        }));
    }

    private void finished(UI ui, int imported, Map<String, String> errors) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        previewArea.setEnabled(true);
        if (errors == null) {
            csv = "";
            previewArea.removeAll();
            Notifications.success(getTranslation("tracker.import.done", imported));
            ui.navigate(ApplicationsView.class);
        } else if (!errors.isEmpty()) {
            previewArea.add(errorList(errors));
        }
    }

    @Override
    public String getPageTitle() {
        return TrackerUi.title(this, "tracker.importExport");
    }
}
