package com.clintrack.admin.ui;

import com.clintrack.account.AccountAdminService;
import com.clintrack.account.AccountSummary;
import com.clintrack.account.Plan;
import com.clintrack.account.UserFilter;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.clintrack.base.ui.Paging;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.AppRoles;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/** Admin: a lazy, sortable, searchable grid of every account. */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
public class AdminUsersView extends VerticalLayout implements HasDynamicTitle {

    private static final Map<String, String> SORTABLE = Map.of(
            "email", "email", "displayName", "displayName", "plan", "plan", "createdAt", "createdAt",
            "lastSignInAt", "lastSignInAt");

    private static final String PLAN_COLUMN_WIDTH = "7rem";

    private final DateTimeFormatter dates;
    private final TextField search = new TextField();

    private final Select<Plan> planFilter = new Select<>();
    private final Select<String> roleFilter = new Select<>();
    private final Select<UserFilter.Status> statusFilter = new Select<>();

    public AdminUsersView(AccountAdminService accounts, CurrentUser currentUser) {
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(currentUser.require().zoneId());
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");

        Grid<AccountSummary> grid = new Grid<>();
        grid.setId("users");
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("admin.users.email"))
                .setSortProperty("email").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("admin.users.name"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(user -> getTranslation("account.plan." + user.plan())).setHeader(getTranslation("admin.users.plan"))
                .setSortProperty("plan").setWidth(PLAN_COLUMN_WIDTH).setFlexGrow(0);
        grid.addColumn(user -> String.join(", ", user.roles().stream().sorted().toList()))
                .setHeader(getTranslation("admin.users.roles")).setAutoWidth(true);
        grid.addColumn(user -> format(user.createdAt())).setHeader(getTranslation("admin.users.created"))
                .setSortProperty("createdAt").setAutoWidth(true);
        grid.addColumn(user -> format(user.lastSignInAt())).setHeader(getTranslation("admin.users.lastSignIn"))
                .setSortProperty("lastSignInAt").setAutoWidth(true);
        grid.addComponentColumn(this::lockedBadge).setHeader(getTranslation("admin.users.locked")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setItems(query -> accounts.search(filter(),
                Paging.of(query, SORTABLE, Sort.by(Sort.Order.desc("createdAt")))).stream());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(AdminUserView.class,
                new com.vaadin.flow.router.RouteParameters("id", Long.toString(event.getItem().id())))));
        grid.setSizeFull();

        planFilter.setLabel(getTranslation("adminconsole.filter.plan"));
        planFilter.setItems(Plan.values());
        planFilter.setEmptySelectionAllowed(true);
        planFilter.setItemLabelGenerator(plan -> plan == null ? "" : getTranslation("account.plan." + plan));
        planFilter.setId("plan-filter");
        roleFilter.setLabel(getTranslation("adminconsole.filter.role"));
        roleFilter.setItems(AppRoles.USER, AppRoles.ADMIN);
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setId("role-filter");
        statusFilter.setLabel(getTranslation("adminconsole.filter.status"));
        statusFilter.setItems(UserFilter.Status.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setItemLabelGenerator(status -> status == null ? "" : getTranslation("adminconsole.status." + status));
        statusFilter.setId("status-filter");
        planFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        roleFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        statusFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(planFilter, roleFilter, statusFilter);
        filters.setWrap(true);

        add(new ViewToolbar(getTranslation("admin.users.title"), search), new AdminNav(), filters, grid);
        setSizeFull();
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), planFilter.getValue(), roleFilter.getValue(), statusFilter.getValue());
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? getTranslation("common.never") : dates.format(instant);
    }

    private Span lockedBadge(AccountSummary user) {
        Span badge = new Span(getTranslation(user.locked() ? "common.yes" : "common.no"));
        badge.getElement().getThemeList().add(user.locked() ? "badge error" : "badge contrast");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · " + getTranslation("app.name");
    }
}
