package com.clintrack.admin.ui;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditEntry;
import com.clintrack.audit.AuditFilter;
import com.clintrack.audit.AuditLog;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.AppRoles;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The audit log with filters by actor, action and date (in the admin's time zone); lazy and paged in SQL. */
@Route("admin/audit")
@RolesAllowed(AppRoles.ADMIN)
public class AdminAuditView extends VerticalLayout implements HasDynamicTitle {

    private final TextField actor = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ZoneId zone;

    public AdminAuditView(AuditLog audit, CurrentUser currentUser) {
        this.zone = currentUser.require().zoneId();
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(zone);
        actor.setLabel(getTranslation("adminconsole.audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setId("audit-actor");
        action.setLabel(getTranslation("adminconsole.audit.action"));
        action.setItems(AuditAction.values());
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        from.setLabel(getTranslation("adminconsole.audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("adminconsole.audit.to"));
        to.setId("audit-to");

        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit");
        grid.addColumn(e -> times.format(e.occurredAt())).setHeader(getTranslation("adminconsole.audit.when")).setAutoWidth(true);
        grid.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("adminconsole.audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> e.action().name()).setHeader(getTranslation("adminconsole.audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.target() == null ? "" : e.target()).setHeader(getTranslation("adminconsole.audit.target")).setAutoWidth(true);
        grid.addColumn(e -> e.outcome().name()).setHeader(getTranslation("adminconsole.audit.outcome")).setAutoWidth(true);
        grid.addColumn(e -> e.ip() == null ? "" : e.ip()).setHeader(getTranslation("adminconsole.audit.ip")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("adminconsole.audit.detail")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(query -> audit.search(filter(), PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))).stream());
        grid.setSizeFull();
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to);
        filters.setWrap(true);
        add(new ViewToolbar(getTranslation("adminconsole.audit.title")), new AdminNav(), filters, grid);
        setSizeFull();
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), null, null, action.getValue(), startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private @Nullable Instant startOf(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminconsole.audit.title") + " · " + getTranslation("app.name");
    }
}
