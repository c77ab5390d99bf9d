package com.clintrack.admin.ui;

import com.clintrack.base.ui.FieldRow;
import com.clintrack.account.AccountAdminService;
import com.clintrack.account.AccountDataService;
import com.clintrack.account.AccountSummary;
import com.clintrack.account.Plan;
import com.clintrack.account.PlanChange;
import com.clintrack.account.PlanService;
import com.clintrack.account.QuotaService;
import com.clintrack.account.QuotaUsage;
import com.clintrack.audit.AuditEntry;
import com.clintrack.audit.AuditFilter;
import com.clintrack.audit.AuditLog;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.AppRoles;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One user for the admin: profile, plan and history, usage, counts of their data (never contents),
 * their audit events, and the confirmed, audited actions.
 */
@Route("admin/users/:id")
@RolesAllowed(AppRoles.ADMIN)
public class AdminUserView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int AUDIT_ROWS = 20;
    private static final int REASON_MAX = 200;

    private final AccountAdminService admin;
    private final AccountDataService data;
    private final PlanService plans;
    private final QuotaService quotas;
    private final AuditLog audit;
    private final long myId;
    private final DateTimeFormatter times;
    private final Div content = new Div();
    private long userId;

    public AdminUserView(AccountAdminService admin, AccountDataService data, PlanService plans, QuotaService quotas,
            AuditLog audit, CurrentUser currentUser) {
        this.admin = admin;
        this.data = data;
        this.plans = plans;
        this.quotas = quotas;
        this.audit = audit;
        this.myId = currentUser.id();
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(currentUser.require().zoneId());
        content.addClassName("card-grid");
        add(new ViewToolbar(getTranslation("adminconsole.detail.title"),
                new RouterLink(getTranslation("adminconsole.detail.back"), AdminUsersView.class)), new AdminNav(), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            userId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            refresh();
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void refresh() {
        AccountSummary user = admin.get(userId);
        content.removeAll();
        content.add(profile(user), actions(user), usage(quotas.usageOf(userId), data.countsOf(userId)),
                history(plans.historyOf(userId)), auditCard(user));
    }

    private Div profile(AccountSummary user) {
        Div card = card("adminconsole.detail.profile");
        card.setId("profile");
        card.add(row("admin.users.email", user.email()), row("admin.users.name", user.displayName()),
                row("admin.users.plan", getTranslation("account.plan." + user.plan())),
                row("admin.users.roles", String.join(", ", user.roles().stream().sorted().toList())),
                row("admin.users.created", format(user.createdAt())),
                row("admin.users.lastSignIn", format(user.lastSignInAt())),
                row("admin.users.locked", getTranslation(user.locked() ? "common.yes" : "common.no")));
        return card;
    }

    private Div actions(AccountSummary user) {
        Div card = card("adminconsole.detail.actions");
        boolean self = user.id() == myId;
        Select<Plan> plan = new Select<>();
        plan.setLabel(getTranslation("admin.users.plan"));
        plan.setItems(Plan.values());
        plan.setValue(user.plan());
        plan.setItemLabelGenerator(p -> getTranslation("account.plan." + p));
        plan.setId("plan-select");
        TextField reason = new TextField(getTranslation("adminconsole.action.plan.reason"));
        reason.setMaxLength(REASON_MAX);
        reason.setId("plan-reason");
        Button changePlan = new Button(getTranslation("adminconsole.action.plan"), e -> {
            try {
                admin.changePlan(userId, plan.getValue(), reason.getValue());
                Notifications.success(getTranslation("adminconsole.action.plan.done",
                        getTranslation("account.plan." + plan.getValue())));
                refresh();
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.fieldErrors().get("reason"));
            }
        });
        changePlan.setId("change-plan");

        boolean isAdmin = user.roles().contains(AppRoles.ADMIN);
        Button role = confirmed(isAdmin ? "adminconsole.action.revokeAdmin" : "adminconsole.action.grantAdmin",
                isAdmin ? "adminconsole.confirm.revokeAdmin" : "adminconsole.confirm.grantAdmin", user,
                () -> admin.setAdmin(userId, !isAdmin));
        role.setId("toggle-admin");
        role.setEnabled(!self);
        Button lock = confirmed(user.locked() ? "adminconsole.action.unlock" : "adminconsole.action.lock",
                user.locked() ? "adminconsole.confirm.unlock" : "adminconsole.confirm.lock", user,
                () -> admin.setLocked(userId, !user.locked()));
        lock.setId("toggle-lock");
        lock.setEnabled(!self);
        Button reset = confirmed("adminconsole.action.reset", "adminconsole.confirm.reset", user,
                () -> admin.forcePasswordReset(userId));
        reset.setId("force-reset");
        Button delete = new Button(getTranslation("adminconsole.action.delete"), e -> confirmDelete(user));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setId("delete-user");
        delete.setEnabled(!self);
        HorizontalLayout buttons = new HorizontalLayout(role, lock, reset, delete);
        buttons.setWrap(true);
        card.add(plan, reason, changePlan, buttons);
        return card;
    }

    private Button confirmed(String labelKey, String questionKey, AccountSummary user, Runnable action) {
        return new Button(getTranslation(labelKey), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("confirm-action");
            dialog.setHeader(getTranslation("adminconsole.confirm.title"));
            dialog.setText(getTranslation(questionKey, user.email()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmText(getTranslation("adminconsole.confirm.ok"));
            dialog.addConfirmListener(confirm -> {
                try {
                    action.run();
                    Notifications.success(getTranslation("adminconsole.done"));
                } catch (InvalidInputException ex) {
                    Notifications.error(String.join(" ", ex.fieldErrors().values()), getTranslation("common.close"));
                }
                refresh();
            });
            dialog.open();
        });
    }

    private void confirmDelete(AccountSummary user) {
        Dialog dialog = new Dialog();
        dialog.setId("delete-user-dialog");
        dialog.setHeaderTitle(getTranslation("adminconsole.confirm.delete", user.email()));
        TextField typed = new TextField(getTranslation("adminconsole.action.delete.email"));
        typed.setPlaceholder(user.email());
        typed.setWidthFull();
        typed.setId("delete-email");
        Button ok = new Button(getTranslation("adminconsole.action.delete"), e -> {
            try {
                data.deleteByAdmin(userId, typed.getValue());
                dialog.close();
                Notifications.success(getTranslation("adminconsole.done"));
                getUI().ifPresent(ui -> ui.navigate(AdminUsersView.class));
            } catch (InvalidInputException ex) {
                typed.setInvalid(true);
                typed.setErrorMessage(ex.fieldErrors().get("email"));
            }
        });
        ok.addThemeVariants(ButtonVariant.ERROR);
        ok.setId("delete-user-confirm");
        dialog.add(typed);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private Div usage(List<QuotaUsage> usage, Map<String, Long> counts) {
        Div card = card("adminconsole.detail.usage");
        card.setId("user-usage");
        for (QuotaUsage quota : usage) {
            String value = quota.setting() != null ? getTranslation("plans.usage.setting." + quota.setting())
                    : quota.used() + " / " + (quota.limit() == null ? "∞" : quota.limit());
            card.add(row("plans.compare.name." + quota.feature(), value));
        }
        card.add(new H2(getTranslation("adminconsole.detail.data")));
        if (counts.isEmpty()) {
            card.add(new Paragraph(getTranslation("adminconsole.detail.data.none")));
        }
        counts.forEach((name, count) -> card.add(FieldRow.of(dataLabel(name), Long.toString(count))));
        return card;
    }

    /** A feature's name for its data; a feature added later without a label still shows its own key. */
    private String dataLabel(String name) {
        String label = getTranslation("adminconsole.detail.data." + name);
        return label.startsWith("!") ? name : label;
    }

    private Div history(List<PlanChange> history) {
        Div card = card("adminconsole.detail.history");
        card.setId("user-history");
        if (history.isEmpty()) {
            card.add(new Paragraph(getTranslation("plans.history.empty")));
        }
        history.forEach(c -> card.add(FieldRow.of(format(c.occurredAt()), c.fromPlan() + " → " + c.toPlan() + " · "
                + c.reason() + (c.actor() == null ? "" : " · " + c.actor()))));
        return card;
    }

    private Div auditCard(AccountSummary user) {
        Div card = card("adminconsole.detail.audit");
        card.setId("user-audit");
        List<AuditEntry> byUser = audit.search(new AuditFilter(null, userId, null, null, null, null),
                PageRequest.of(0, AUDIT_ROWS, Sort.by(Sort.Order.desc("occurredAt")))).getContent();
        List<AuditEntry> aboutUser = audit.search(new AuditFilter(null, null, user.email(), null, null, null),
                PageRequest.of(0, AUDIT_ROWS, Sort.by(Sort.Order.desc("occurredAt")))).getContent();
        java.util.stream.Stream.concat(byUser.stream(), aboutUser.stream()).distinct()
                .sorted((a, b) -> b.occurredAt().compareTo(a.occurredAt())).limit(AUDIT_ROWS)
                .forEach(e -> card.add(FieldRow.of(format(e.occurredAt()), e.action() + " · " + e.outcome()
                        + (e.actor() == null ? "" : " · " + e.actor()) + (e.detail() == null ? "" : " · " + e.detail()))));
        return card;
    }

    private Div card(String titleKey) {
        Div card = new Div(new H2(getTranslation(titleKey)));
        card.addClassName("card");
        return card;
    }

    private Div row(String labelKey, String value) {
        return FieldRow.of(getTranslation(labelKey), value);
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? getTranslation("common.never") : times.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminconsole.detail.title") + " · " + getTranslation("app.name");
    }
}
