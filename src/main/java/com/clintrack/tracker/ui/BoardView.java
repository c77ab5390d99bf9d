package com.clintrack.tracker.ui;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.tracker.ApplicationFilter;
import com.clintrack.tracker.BoardColumn;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.StageMove;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline board: one column per stage, cards moved by drag and drop (Flow's DragSource and
 * DropTarget, no front-end build). Each column loads a page of cards and offers "show more".
 */
@Route("applications/board")
@PermitAll
public class BoardView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 20;
    static final String CARD_ID = "card-";

    private final TrackerService tracker;
    private final Clock clock;
    private final Div board = new Div();
    private final TextField search = new TextField();
    private final Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
    private boolean closedCollapsed = true;

    public BoardView(TrackerService tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
        setSizeFull();
        addClassName("tracker-view");
        Button add = new Button(getTranslation("tracker.add"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(QuickAddView.class)));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-application");
        RouterLink list = new RouterLink(getTranslation("tracker.list"), ApplicationsView.class);
        list.setId("to-list");
        search.setPlaceholder(getTranslation("tracker.filter.text.placeholder"));
        search.setAriaLabel(getTranslation("tracker.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("board-search");
        HorizontalLayout bar = new HorizontalLayout(list, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("tracker-links");
        board.addClassName("tracker-board");
        board.setId("board");
        add(new ViewToolbar(getTranslation("tracker.board.title"), add), bar, board);
        for (Stage stage : Stage.values()) {
            limits.put(stage, PAGE);
        }
        refresh();
    }

    private void refresh() {
        board.removeAll();
        ApplicationFilter filter = ApplicationFilter.ofStageAndText(null, search.getValue());
        for (Stage stage : Stage.values()) {
            board.add(column(stage, filter));
        }
    }

    private Div column(Stage stage, ApplicationFilter filter) {
        boolean collapsed = stage == Stage.CLOSED && closedCollapsed;
        BoardColumn data = tracker.column(stage, filter, collapsed ? 0 : limits.get(stage));
        Div column = new Div();
        column.addClassNames("tracker-column", "tracker-column-" + stage.name().toLowerCase(Locale.ROOT));
        column.setId("column-" + stage.name());
        column.getElement().setAttribute("role", "region");
        column.getElement().setAttribute("aria-label", getTranslation(stage.messageKey()));
        H2 title = new H2(getTranslation(stage.messageKey()));
        title.addClassName("tracker-column-title");
        Span count = new Span(String.valueOf(data.total()));
        count.addClassName("tracker-column-count");
        Div head = new Div(title, count);
        head.addClassName("tracker-column-head");
        if (stage == Stage.CLOSED) {
            Button toggle = new Button(getTranslation(collapsed ? "tracker.board.showClosed" : "tracker.board.hideClosed"),
                    e -> {
                        closedCollapsed = !closedCollapsed;
                        refresh();
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            toggle.setId("toggle-closed");
            head.add(toggle);
        }
        column.add(head);
        Div cards = new Div();
        cards.addClassName("tracker-column-cards");
        if (!collapsed) {
            for (TrackedApplication application : data.cards()) {
                cards.add(card(application, data.followUpDue().contains(application.id())));
            }
            if (data.cards().isEmpty()) {
                Span hint = new Span(getTranslation("tracker.board.dropHere"));
                hint.addClassName("tracker-muted");
                cards.add(hint);
            }
        }
        column.add(cards);
        if (!collapsed && data.total() > data.cards().size()) {
            Button more = new Button(getTranslation("tracker.board.more", data.total() - data.cards().size()), e -> {
                limits.merge(stage, PAGE, Integer::sum);
                refresh();
            });
            more.addThemeVariants(ButtonVariant.TERTIARY);
            more.setId("more-" + stage.name());
            column.add(more);
        }
        DropTarget<Div> target = DropTarget.create(column);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(event -> event.getDragData().ifPresent(id -> dropped((Long) id, stage)));
        return column;
    }

    private Div card(TrackedApplication application, boolean followUpDue) {
        RouterLink company = new RouterLink(application.company(), ApplicationDetailView.class,
                ApplicationDetailView.parameters(application.id()));
        company.addClassName("tracker-card-company");
        Span title = new Span(application.title());
        title.addClassName("tracker-card-title");
        Span days = new Span(getTranslation("tracker.card.daysInStage",
                TrackerUi.daysSince(application.stageChangedAt(), clock.instant())));
        days.addClassName("tracker-muted");
        Div meta = new Div(days);
        meta.addClassName("tracker-card-meta");
        if (followUpDue) {
            meta.add(TrackerUi.badge(getTranslation("tracker.card.followUpDue"), "due"));
        }
        if (application.closedReason() != null) {
            meta.add(TrackerUi.badge(getTranslation(application.closedReason().messageKey()), "contrast"));
        }
        // Touch screens and keyboards cannot drag: every card also moves through a short list of stages.
        Button moveTo = new Button(VaadinIcon.ARROWS_LONG_H.create(), e -> openMoveMenu(application));
        moveTo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        moveTo.setAriaLabel(getTranslation("tracker.board.moveCard", application.company()));
        moveTo.setTooltipText(getTranslation("tracker.board.moveTo"));
        moveTo.addClassName("tracker-card-move");
        moveTo.setId("move-" + application.id());
        meta.add(moveTo);
        Div card = new Div(company, title, meta);
        card.addClassName("tracker-card");
        card.setId(CARD_ID + application.id());
        ComponentUtil.setData(card, Long.class, application.id());
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(application.id());
        return card;
    }

    private void openMoveMenu(TrackedApplication application) {
        Dialog menu = new Dialog();
        menu.setId("move-menu");
        menu.setHeaderTitle(getTranslation("tracker.board.moveCard", application.company()));
        VerticalLayout stages = new VerticalLayout();
        stages.setPadding(false);
        stages.setSpacing(false);
        for (Stage stage : Stage.values()) {
            Button choice = new Button(getTranslation(stage.messageKey()), e -> {
                menu.close();
                dropped(application.id(), stage);
            });
            choice.setId("move-to-" + stage.name());
            choice.setWidthFull();
            choice.setEnabled(stage != application.stage());
            stages.add(choice);
        }
        menu.add(stages);
        menu.getFooter().add(new Button(getTranslation("common.cancel"), e -> menu.close()));
        menu.open();
    }

    /** A card was dropped on a column: CLOSED asks for a reason; other moves happen at once, with undo. */
    void dropped(long applicationId, Stage target) {
        TrackedApplication before;
        try {
            before = tracker.get(applicationId);
        } catch (NotFoundException e) {
            refresh();
            return;
        }
        if (before.stage() == target) {
            return;
        }
        if (target == Stage.CLOSED) {
            new StageMoveDialog(this, target, move -> move(before, move)).open();
        } else {
            move(before, StageMove.to(target));
        }
    }

    private void move(TrackedApplication before, StageMove move) {
        try {
            tracker.move(before.id(), move);
        } catch (InvalidInputException | NotFoundException e) {
            Notifications.error(getTranslation("tracker.bulk.gone"), getTranslation("common.close"));
            refresh();
            return;
        }
        refresh();
        TrackerUi.undoable(this, getTranslation("tracker.board.moved", before.company(),
                getTranslation(move.stage().messageKey())), () -> {
                    tracker.move(before.id(), new StageMove(before.stage(), before.closedReason(),
                            getTranslation("tracker.undo.note")));
                    refresh();
                });
    }

    @Override
    public String getPageTitle() {
        return TrackerUi.title(this, "tracker.board.title");
    }
}
