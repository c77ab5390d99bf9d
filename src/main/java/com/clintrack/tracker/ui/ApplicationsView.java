package com.clintrack.tracker.ui;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.Paging;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.CurrentUser;
import com.clintrack.tracker.ApplicationFilter;
import com.clintrack.tracker.CareSetting;
import com.clintrack.tracker.SavedFilter;
import com.clintrack.tracker.SavedFilterService;
import com.clintrack.tracker.Shift;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.StageMove;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerLimits;
import com.clintrack.tracker.TrackerService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Applications as a list: a lazy grid sorted and paged in SQL, filters kept in the URL (so a list can be
 * bookmarked), saved filters per user, and bulk actions with confirmation and undo.
 */
@Route("applications")
@PermitAll
public class ApplicationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "applications";
    private static final Map<String, String> SORTABLE = TrackerService.SORTABLE;

    private final TrackerService tracker;
    private final SavedFilterService savedFilters;
    private final ZoneId zone;
    private final Clock clock;

    private final Select<Stage> stage = new Select<>();
    private final TextField tag = new TextField(getTranslation("tracker.filter.tag"));
    private final TextField source = new TextField(getTranslation("tracker.filter.source"));
    private final Select<CareSetting> setting = new Select<>();
    private final Select<Shift> shift = new Select<>();
    private final TextField search = new TextField(getTranslation("tracker.filter.text"));
    private final Select<SavedFilter> saved = new Select<>();
    private final Button deleteSaved = new Button(VaadinIcon.TRASH.create(), e -> confirmDeleteSaved());
    private final Details moreFilters = new Details();
    private final Grid<TrackedApplication> grid = new Grid<>();
    private final HorizontalLayout bulkBar = new HorizontalLayout();
    private final Span selectedCount = new Span();
    private final Span resultCount = new Span();
    private final Div listArea = new Div();
    private final EmptyState empty;
    private ApplicationFilter filter = ApplicationFilter.NONE;
    private boolean applyingFilter;

    public ApplicationsView(TrackerService tracker, SavedFilterService savedFilters, CurrentUser currentUser,
            Clock clock) {
        this.tracker = tracker;
        this.savedFilters = savedFilters;
        this.zone = currentUser.require().zoneId();
        this.clock = clock;
        setSizeFull();
        addClassName("tracker-view");

        Button add = new Button(getTranslation("tracker.add"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(QuickAddView.class)));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-application");
        RouterLink board = new RouterLink(getTranslation("tracker.board"), BoardView.class);
        board.setId("to-board");
        RouterLink transfer = new RouterLink(getTranslation("tracker.importExport"), ImportExportView.class);
        transfer.setId("to-import");
        RouterLink contactsLink = new RouterLink(getTranslation("tracker.contacts.title"), ContactsView.class);
        contactsLink.setId("to-contacts");
        HorizontalLayout links = new HorizontalLayout(board, contactsLink, transfer);
        links.addClassName("tracker-links");

        Button emptyAdd = new Button(getTranslation("tracker.add"),
                e -> getUI().ifPresent(ui -> ui.navigate(QuickAddView.class)));
        emptyAdd.addThemeVariants(ButtonVariant.PRIMARY);
        RouterLink emptyImport = new RouterLink(getTranslation("tracker.empty.import"), ImportExportView.class);
        empty = new EmptyState(VaadinIcon.BRIEFCASE, getTranslation("tracker.empty.title"),
                getTranslation("tracker.empty.text"), emptyAdd, emptyImport);

        configureFilters();
        configureGrid();
        configureBulkBar();
        listArea.add(filterBar(), bulkBar, resultCount, grid);
        listArea.addClassName("tracker-list-area");
        listArea.setSizeFull();
        add(new ViewToolbar(getTranslation("tracker.title"), add), links, empty, listArea);
    }

    private HorizontalLayout filterBar() {
        Button save = new Button(getTranslation("tracker.filter.save"), VaadinIcon.BOOKMARK_O.create(),
                e -> saveFilter());
        save.addThemeVariants(ButtonVariant.TERTIARY);
        save.setId("save-filter");
        Button clear = new Button(getTranslation("tracker.filter.clear"), e -> setFilter(ApplicationFilter.NONE));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.setId("clear-filter");
        HorizontalLayout more = new HorizontalLayout(tag, source, setting, shift, saved, deleteSaved, save, clear);
        more.setWrap(true);
        more.setAlignItems(FlexComponent.Alignment.BASELINE);
        more.addClassName("tracker-filters");
        moreFilters.setSummaryText(getTranslation("tracker.filter.more"));
        moreFilters.add(more);
        moreFilters.setId("more-filters");
        HorizontalLayout bar = new HorizontalLayout(search, stage, moreFilters);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("tracker-filters");
        return bar;
    }

    private void configureFilters() {
        search.setId("filter-text");
        search.setPlaceholder(getTranslation("tracker.filter.text.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setId("filter-tag");
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setMaxLength(TrackerLimits.TAG_MAX);
        source.setId("filter-source");
        source.setClearButtonVisible(true);
        source.setValueChangeMode(ValueChangeMode.LAZY);
        source.setMaxLength(TrackerLimits.SOURCE_MAX);
        enumSelect(stage, "tracker.filter.stage", Stage.values(), Stage::messageKey, "filter-stage");
        enumSelect(setting, "tracker.filter.setting", CareSetting.values(), CareSetting::messageKey, "filter-setting");
        enumSelect(shift, "tracker.filter.shift", Shift.values(), Shift::messageKey, "filter-shift");
        List.of(search, tag, source).forEach(f -> f.addValueChangeListener(e -> filtersChanged()));
        stage.addValueChangeListener(e -> filtersChanged());
        setting.addValueChangeListener(e -> filtersChanged());
        shift.addValueChangeListener(e -> filtersChanged());
        saved.setLabel(getTranslation("tracker.filter.saved"));
        saved.setId("saved-filters");
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(getTranslation("tracker.filter.savedNone"));
        saved.setItemLabelGenerator(f -> f == null ? getTranslation("tracker.filter.savedNone") : f.name());
        saved.addValueChangeListener(e -> {
            deleteSaved.setEnabled(e.getValue() != null);
            if (e.isFromClient() && e.getValue() != null) {
                setFilter(ApplicationFilter.fromQueryString(e.getValue().query()));
            }
        });
        deleteSaved.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        deleteSaved.setAriaLabel(getTranslation("tracker.filter.delete"));
        deleteSaved.setTooltipText(getTranslation("tracker.filter.delete"));
        deleteSaved.setEnabled(false);
        deleteSaved.setId("delete-saved-filter");
        refreshSaved();
    }

    private <E extends Enum<E>> void enumSelect(Select<E> select, String label, E[] values, Function<E, String> key,
            String id) {
        select.setLabel(getTranslation(label));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("tracker.filter.any"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("tracker.filter.any")
                : getTranslation(key.apply(v)));
        select.setId(id);
    }

    private void configureGrid() {
        grid.setId("applications-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.NO_BORDER);
        grid.addComponentColumn(a -> {
            RouterLink link = new RouterLink(a.company(), ApplicationDetailView.class,
                    ApplicationDetailView.parameters(a.id()));
            link.addClassName("tracker-company-link");
            return link;
        }).setHeader(getTranslation("tracker.field.company")).setSortable(true).setSortProperty("company")
                .setAutoWidth(true).setFlexGrow(1).setKey("company");
        grid.addColumn(TrackedApplication::title).setHeader(getTranslation("tracker.field.title"))
                .setSortable(true).setSortProperty("title").setAutoWidth(true).setFlexGrow(1).setKey("title");
        grid.addComponentColumn(a -> TrackerUi.stageBadge(this, a)).setHeader(getTranslation("tracker.field.stage"))
                .setSortable(true).setSortProperty("stage").setAutoWidth(true).setKey("stage");
        grid.addColumn(a -> a.location() == null ? "" : a.location())
                .setHeader(getTranslation("tracker.field.location")).setSortable(true).setSortProperty("location")
                .setAutoWidth(true).setKey("location");
        grid.addColumn(a -> a.source() == null ? "" : a.source()).setHeader(getTranslation("tracker.field.source"))
                .setSortable(true).setSortProperty("source").setAutoWidth(true).setKey("source");
        grid.addColumn(a -> TrackerUi.date(a.appliedOn())).setHeader(getTranslation("tracker.field.appliedOn"))
                .setSortable(true).setSortProperty("appliedOn").setAutoWidth(true).setKey("appliedOn");
        grid.addColumn(TrackedApplication::priority).setHeader(getTranslation("tracker.field.priority"))
                .setSortable(true).setSortProperty("priority").setAutoWidth(true).setKey("priority");
        grid.addColumn(a -> TrackerUi.relative(this, a.updatedAt().atZone(zone).toLocalDate(), today()))
                .setHeader(getTranslation("tracker.field.updatedAt")).setSortable(true).setSortProperty("updatedAt")
                .setAutoWidth(true).setKey("updatedAt");
        grid.setItems(new CallbackDataProvider<TrackedApplication, Void>(
                query -> tracker.list(filter, Paging.of(query, SORTABLE, TrackerService.DEFAULT_SORT)).stream(),
                query -> (int) tracker.count(filter), TrackedApplication::id));
        grid.addSelectionListener(e -> updateBulkBar(e.getAllSelectedItems()));
        grid.setSizeFull();
    }

    private void configureBulkBar() {
        Select<Stage> moveTo = new Select<>();
        moveTo.setPlaceholder(getTranslation("tracker.bulk.moveTo"));
        moveTo.setAriaLabel(getTranslation("tracker.bulk.moveTo"));
        moveTo.setItems(Stage.values());
        moveTo.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        moveTo.setId("bulk-stage");
        moveTo.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Stage target = e.getValue();
                moveTo.clear();
                confirmBulkMove(target);
            }
        });
        TextField tagField = new TextField();
        tagField.setPlaceholder(getTranslation("tracker.bulk.tag"));
        tagField.setAriaLabel(getTranslation("tracker.bulk.tag"));
        tagField.setMaxLength(TrackerLimits.TAG_MAX);
        tagField.setId("bulk-tag-field");
        Button tagButton = new Button(getTranslation("tracker.bulk.addTag"), e -> confirmBulkTag(tagField));
        tagButton.setId("bulk-tag");
        Button delete = new Button(getTranslation("tracker.bulk.delete"), VaadinIcon.TRASH.create(),
                e -> confirmBulkDelete());
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setId("bulk-delete");
        selectedCount.setId("selected-count");
        bulkBar.add(selectedCount, moveTo, tagField, tagButton, delete);
        bulkBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bulkBar.setWrap(true);
        bulkBar.addClassName("tracker-bulk-bar");
        bulkBar.setVisible(false);
    }

    private void updateBulkBar(Set<TrackedApplication> selected) {
        bulkBar.setVisible(!selected.isEmpty());
        selectedCount.setText(getTranslation("tracker.bulk.selected", selected.size()));
    }

    private List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(TrackedApplication::id).toList();
    }

    private void confirmBulkMove(Stage target) {
        List<Long> ids = selectedIds();
        if (target == Stage.CLOSED) {
            new StageMoveDialog(this, target, move -> runBulkMove(ids, move)).open();
            return;
        }
        confirm(getTranslation("tracker.bulk.moveConfirm", ids.size(), getTranslation(target.messageKey())),
                getTranslation("tracker.bulk.move"), () -> runBulkMove(ids, StageMove.to(target)));
    }

    private void runBulkMove(List<Long> ids, StageMove move) {
        try {
            Map<Long, StageMove> previous = tracker.moveAll(ids, move);
            refresh();
            undoable(getTranslation("tracker.bulk.moved", ids.size()), () -> tracker.moveBack(previous));
        } catch (NotFoundException | InvalidInputException e) {
            failed(e);
        }
    }

    private void confirmBulkTag(TextField tagField) {
        List<Long> ids = selectedIds();
        String tagValue = tagField.getValue();
        if (tagValue.isBlank()) {
            tagField.setErrorMessage(getTranslation("tracker.error.required"));
            tagField.setInvalid(true);
            return;
        }
        confirm(getTranslation("tracker.bulk.tagConfirm", tagValue.strip(), ids.size()),
                getTranslation("tracker.bulk.addTag"), () -> {
                    try {
                        List<Long> changed = tracker.tagAll(ids, tagValue);
                        tagField.clear();
                        refresh();
                        undoable(getTranslation("tracker.bulk.tagged", changed.size()),
                                () -> tracker.untagAll(changed, tagValue));
                    } catch (NotFoundException | InvalidInputException e) {
                        failed(e);
                    }
                });
    }

    private void confirmBulkDelete() {
        List<Long> ids = selectedIds();
        confirm(getTranslation("tracker.bulk.deleteConfirm", ids.size()), getTranslation("tracker.bulk.delete"),
                () -> {
                    try {
                        tracker.trash(ids);
                        grid.deselectAll();
                        refresh();
                        undoable(getTranslation("tracker.bulk.deleted", ids.size()), () -> tracker.restore(ids));
                    } catch (NotFoundException e) {
                        failed(e);
                    }
                });
    }

    private void confirm(String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("tracker.bulk.confirmTitle"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(action);
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.setId("bulk-confirm");
        dialog.open();
    }

    private void undoable(String text, Runnable undo) {
        TrackerUi.undoable(this, text, () -> {
            undo.run();
            refresh();
            Notifications.success(getTranslation("tracker.undone"));
        });
    }

    private void failed(RuntimeException e) {
        String message = e instanceof InvalidInputException invalid
                ? String.join(" ", invalid.fieldErrors().values()) : getTranslation("tracker.bulk.gone");
        Notifications.error(message, getTranslation("common.close"));
        refresh();
    }

    private void saveFilter() {
        new NameDialog(getTranslation("tracker.filter.saveTitle"), getTranslation("tracker.filter.name"),
                TrackerLimits.FILTER_NAME_MAX, name -> {
                    SavedFilter savedFilter = savedFilters.save(name, filter);
                    refreshSaved();
                    saved.setValue(savedFilter);
                    Notifications.success(getTranslation("tracker.filter.savedDone", savedFilter.name()));
                }).open();
    }

    private void confirmDeleteSaved() {
        SavedFilter chosen = saved.getValue();
        if (chosen == null) {
            return;
        }
        TrackerUi.confirmDelete(this, getTranslation("tracker.filter.delete"),
                getTranslation("tracker.filter.deleteConfirm", chosen.name()), getTranslation("tracker.bulk.delete"),
                "saved-filter-delete-confirm", () -> {
                    try {
                        savedFilters.delete(chosen.id());
                        Notifications.success(getTranslation("tracker.filter.deleted", chosen.name()));
                    } catch (NotFoundException gone) {
                        // Deleted meanwhile (another tab): the refreshed list shows it is gone.
                    }
                    saved.clear();
                    refreshSaved();
                });
    }

    private void refreshSaved() {
        saved.setItems(savedFilters.mine());
    }

    private void filtersChanged() {
        if (applyingFilter) {
            return;
        }
        filter = new ApplicationFilter(stage.getValue(), tag.getValue(), source.getValue(), setting.getValue(),
                shift.getValue(), search.getValue());
        saved.clear();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ROUTE, QueryParameters.simple(filter.toParameters()))));
        refresh();
    }

    private void setFilter(ApplicationFilter newFilter) {
        applyingFilter = true;
        try {
            stage.setValue(newFilter.stage());
            tag.setValue(newFilter.tag() == null ? "" : newFilter.tag());
            source.setValue(newFilter.source() == null ? "" : newFilter.source());
            setting.setValue(newFilter.setting());
            shift.setValue(newFilter.shift());
            search.setValue(newFilter.text() == null ? "" : newFilter.text());
        } finally {
            applyingFilter = false;
        }
        SavedFilter keep = saved.getValue();
        filtersChanged();
        if (keep != null) {
            saved.setValue(keep);
        }
    }

    private void refresh() {
        boolean none = tracker.countAll() == 0;
        empty.setVisible(none);
        listArea.setVisible(!none);
        if (!none) {
            resultCount.setText(getTranslation("tracker.list.count", tracker.count(filter)));
            grid.getDataProvider().refreshAll();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApplicationFilter fromUrl = ApplicationFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        applyingFilter = true;
        try {
            stage.setValue(fromUrl.stage());
            tag.setValue(fromUrl.tag() == null ? "" : fromUrl.tag());
            source.setValue(fromUrl.source() == null ? "" : fromUrl.source());
            setting.setValue(fromUrl.setting());
            shift.setValue(fromUrl.shift());
            search.setValue(fromUrl.text() == null ? "" : fromUrl.text());
        } finally {
            applyingFilter = false;
        }
        filter = fromUrl;
        moreFilters.setOpened(fromUrl.tag() != null || fromUrl.source() != null || fromUrl.setting() != null
                || fromUrl.shift() != null);
        refresh();
    }

    ApplicationFilter currentFilter() {
        return filter;
    }

    Grid<TrackedApplication> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return TrackerUi.title(this, "tracker.title");
    }
}
