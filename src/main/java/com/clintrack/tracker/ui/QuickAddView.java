package com.clintrack.tracker.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.tracker.ApplicationDraft;
import com.clintrack.tracker.DuplicateCandidate;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerLimits;
import com.clintrack.tracker.TrackerService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * Quick add: only the essentials. Prefilled from {@code ?url=&title=&company=} so that a bookmarklet can
 * open it from a job posting. Warns about a likely duplicate and lets the user go on.
 */
@Route("applications/new")
@PermitAll
public class QuickAddView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TrackerService tracker;
    private final TextField company = new TextField(getTranslation("tracker.field.company"));
    private final TextField title = new TextField(getTranslation("tracker.field.title"));
    private final TextField url = new TextField(getTranslation("tracker.field.url"));
    private final ComboBox<String> source = new ComboBox<>(getTranslation("tracker.field.source"));
    private final Select<Stage> stage = new Select<>();
    private final Div duplicates = new Div();
    private final Button save = new Button(getTranslation("tracker.quick.save"));
    private List<DuplicateCandidate> shownDuplicates = List.of();

    public QuickAddView(TrackerService tracker) {
        this.tracker = tracker;
        addClassName("tracker-view");
        company.setId("quick-company");
        company.setMaxLength(TrackerLimits.COMPANY_MAX);
        company.setRequiredIndicatorVisible(true);
        title.setId("quick-title");
        title.setMaxLength(TrackerLimits.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        url.setId("quick-url");
        url.setMaxLength(TrackerLimits.URL_MAX);
        url.setHelperText(getTranslation("tracker.field.url.helper"));
        source.setId("quick-source");
        source.setItems(ApplicationForm.SOURCES);
        source.setAllowCustomValue(true);
        source.addCustomValueSetListener(e -> source.setValue(e.getDetail()));
        stage.setId("quick-stage");
        stage.setLabel(getTranslation("tracker.field.stage"));
        stage.setItems(Stage.SAVED, Stage.APPLIED);
        stage.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        stage.setValue(Stage.SAVED);
        stage.setHelperText(getTranslation("tracker.quick.stage.helper"));
        company.addBlurListener(e -> checkDuplicates());
        title.addBlurListener(e -> checkDuplicates());
        url.addBlurListener(e -> checkDuplicates());
        duplicates.setId("duplicate-warning");
        duplicates.addClassName("tracker-warning");
        duplicates.setVisible(false);

        FormLayout form = new FormLayout(company, title, url, source, stage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setMaxWidth("48rem");
        save.setId("quick-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(ApplicationsView.class)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("tracker-form-buttons");
        add(new ViewToolbar(getTranslation("tracker.quick.title")), new Paragraph(getTranslation("tracker.quick.text")),
                form, duplicates, buttons);
    }

    private boolean checkDuplicates() {
        if (company.getValue().isBlank() || title.getValue().isBlank()) {
            if (url.getValue().isBlank()) {
                shownDuplicates = List.of();
                duplicates.setVisible(false);
                return false;
            }
        }
        List<DuplicateCandidate> found = tracker.lookalikes(url.getValue(), company.getValue(), title.getValue());
        duplicates.removeAll();
        shownDuplicates = found;
        if (found.isEmpty()) {
            duplicates.setVisible(false);
            save.setText(getTranslation("tracker.quick.save"));
            return false;
        }
        duplicates.add(new Span(getTranslation("tracker.quick.duplicate")));
        for (DuplicateCandidate candidate : found) {
            RouterLink link = new RouterLink(candidate.company() + " — " + candidate.title() + " ("
                    + getTranslation(candidate.stage().messageKey()) + ")", ApplicationDetailView.class,
                    ApplicationDetailView.parameters(candidate.id()));
            link.addClassName("tracker-duplicate-link");
            duplicates.add(new Div(link));
        }
        duplicates.setVisible(true);
        save.setText(getTranslation("tracker.quick.saveAnyway"));
        return true;
    }

    private void save() {
        List<DuplicateCandidate> before = shownDuplicates;
        boolean hasDuplicates = checkDuplicates();
        if (hasDuplicates && !before.equals(shownDuplicates)) {
            return; // shown now for the first time: the next click goes on
        }
        try {
            TrackedApplication created = tracker.create(ApplicationDraft.quick(company.getValue(), title.getValue(),
                    url.getValue(), source.getValue(), stage.getValue()));
            Notifications.success(getTranslation("tracker.quick.saved", created.company()));
            getUI().ifPresent(ui -> ui.navigate(ApplicationDetailView.class,
                    ApplicationDetailView.parameters(created.id())));
        } catch (InvalidInputException e) {
            FieldErrors.show(e.fieldErrors(), Map.of("company", company, "title", title, "url", url));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        prefill(company, params, "company", TrackerLimits.COMPANY_MAX);
        prefill(title, params, "title", TrackerLimits.TITLE_MAX);
        prefill(url, params, "url", TrackerLimits.URL_MAX);
        checkDuplicates();
    }

    private static void prefill(TextField field, Map<String, List<String>> params, String name, int max) {
        List<String> values = params.get(name);
        if (values != null && !values.isEmpty() && !values.getFirst().isBlank()) {
            String value = values.getFirst().strip();
            field.setValue(value.length() > max ? value.substring(0, max) : value);
        }
    }

    @Override
    public String getPageTitle() {
        return TrackerUi.title(this, "tracker.quick.title");
    }
}
