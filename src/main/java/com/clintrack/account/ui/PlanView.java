package com.clintrack.account.ui;

import com.clintrack.account.PlanChange;
import com.clintrack.account.PlanInfo;
import com.clintrack.account.PlanService;
import com.clintrack.account.QuotaFeature;
import com.clintrack.account.QuotaKind;
import com.clintrack.account.QuotaService;
import com.clintrack.account.QuotaUsage;
import com.clintrack.account.SubscriptionInfo;
import com.clintrack.account.SubscriptionStatus;
import com.clintrack.account.UpgradePrompt;
import com.clintrack.account.billing.CheckoutStart;
import com.clintrack.base.ConflictException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The user's plan: usage meters, the Free/Plus comparison, upgrade / cancel / resume, and the history. */
@Route(UpgradePrompt.PLAN_ROUTE)
@PermitAll
public class PlanView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService plans;
    private final QuotaService quotas;
    private final DateTimeFormatter dates;
    private final Div content = new Div();

    public PlanView(PlanService plans, QuotaService quotas, CurrentUser currentUser) {
        this.plans = plans;
        this.quotas = quotas;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(currentUser.require().zoneId());
        content.addClassName("plan-page");
        add(new ViewToolbar(getTranslation("plans.title")), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        SubscriptionInfo subscription = plans.mySubscription();
        List<PlanInfo> catalogue = plans.plans();
        content.add(currentPlanCard(subscription, catalogue), usageCard(quotas.myUsage()), comparison(catalogue),
                historyCard(plans.myHistory()));
    }

    private Div currentPlanCard(SubscriptionInfo subscription, List<PlanInfo> catalogue) {
        PlanInfo current = catalogue.stream().filter(p -> p.code() == subscription.plan()).findFirst().orElseThrow();
        Span badge = new Span(current.name());
        badge.getElement().getThemeList().add("badge success");
        badge.setId("current-plan");
        Div card = new Div(new H2(getTranslation("plans.current")), badge);
        card.addClassName("card");
        if (subscription.status() == null || subscription.status() == SubscriptionStatus.CANCELED) {
            card.add(new Paragraph(getTranslation("plans.status.free")));
        } else if (subscription.status() == SubscriptionStatus.PAST_DUE) {
            card.add(new Paragraph(getTranslation("plans.status.grace", format(subscription.graceEndsAt()))));
        } else if (subscription.cancelAtPeriodEnd()) {
            card.add(new Paragraph(getTranslation("plans.status.ends", format(subscription.currentPeriodEnd()))));
        } else {
            card.add(new Paragraph(getTranslation("plans.status.renews", format(subscription.currentPeriodEnd()))));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (subscription.canUpgrade()) {
            PlanInfo plus = catalogue.stream().filter(p -> p.priceCents() > 0).findFirst().orElse(current);
            Button upgrade = new Button(getTranslation("plans.upgrade", plus.name()), e -> upgrade());
            upgrade.addThemeVariants(ButtonVariant.PRIMARY);
            upgrade.setId("upgrade");
            actions.add(upgrade);
            if (plans.billingTestMode()) {
                Span test = new Span(getTranslation("plans.testMode"));
                test.getElement().getThemeList().add("badge contrast");
                actions.add(test);
            }
        }
        if (subscription.canCancel()) {
            Button cancel = new Button(getTranslation("plans.cancel"), e -> confirmCancel(current, subscription));
            cancel.setId("cancel-subscription");
            actions.add(cancel);
        }
        if (subscription.canResume()) {
            Button resume = new Button(getTranslation("plans.resume"), e -> {
                plans.resume();
                Notifications.success(getTranslation("plans.resumed"));
                refresh();
            });
            resume.addThemeVariants(ButtonVariant.PRIMARY);
            resume.setId("resume-subscription");
            actions.add(resume);
        }
        if (subscription.hasPortal()) {
            actions.add(new Button(getTranslation("plans.portal"), e -> plans.portalUrl()
                    .ifPresent(url -> getUI().ifPresent(ui -> ui.getPage().setLocation(url)))));
        }
        card.add(actions);
        return card;
    }

    private void upgrade() {
        try {
            CheckoutStart start = plans.startUpgrade();
            getUI().ifPresent(ui -> {
                if (start.external()) {
                    ui.getPage().setLocation(start.url());
                } else {
                    ui.navigate(start.url());
                }
            });
        } catch (ConflictException e) {
            Notifications.error(e.getMessage(), getTranslation("common.close"));
        }
    }

    private void confirmCancel(PlanInfo current, SubscriptionInfo subscription) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("cancel-confirm");
        dialog.setHeader(getTranslation("plans.cancel.confirm.title"));
        dialog.setText(getTranslation("plans.cancel.confirm.text", current.name(), format(subscription.currentPeriodEnd())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("plans.cancel.confirm.ok"));
        dialog.addConfirmListener(e -> {
            plans.cancel();
            Notifications.success(getTranslation("plans.canceled", format(subscription.currentPeriodEnd())));
            refresh();
        });
        dialog.open();
    }

    private Div usageCard(List<QuotaUsage> usage) {
        Div card = new Div(new H2(getTranslation("plans.usage")));
        card.addClassName("card");
        card.setId("usage");
        for (QuotaUsage quota : usage) {
            Span label = new Span(getTranslation("plans.compare.name." + quota.feature()));
            label.addClassName("field-label");
            Span value = new Span(usageText(quota));
            value.addClassName("usage-value");
            Div row = new Div(label, value);
            row.addClassName("usage-row");
            row.setId("usage-" + quota.feature());
            if (quota.limit() != null && quota.limit() > 0 && quota.kind() != QuotaKind.SETTING) {
                ProgressBar meter = new ProgressBar(0, quota.limit(), Math.min(quota.used(), quota.limit()));
                meter.getElement().setAttribute("aria-label", getTranslation("plans.compare.name." + quota.feature()));
                if (!quota.canCreate()) {
                    meter.getElement().getThemeList().add("error");
                }
                row.add(meter);
            }
            card.add(row);
        }
        return card;
    }

    private String usageText(QuotaUsage quota) {
        if (quota.kind() == QuotaKind.SETTING) {
            return getTranslation("plans.usage.setting." + quota.setting());
        }
        if (quota.limit() == null) {
            return getTranslation("plans.usage.unlimited") + " · " + quota.used();
        }
        if (quota.limit() == 0) {
            return getTranslation("plans.usage.none");
        }
        return getTranslation("plans.usage.of", quota.used(), quota.limit());
    }

    private Div comparison(List<PlanInfo> catalogue) {
        Grid<QuotaFeature> table = new Grid<>();
        table.setId("comparison");
        table.setAllRowsVisible(true);
        table.addColumn(f -> getTranslation("plans.compare.name." + f)).setHeader(getTranslation("plans.compare.feature"))
                .setAutoWidth(true).setFlexGrow(1);
        for (PlanInfo plan : catalogue) {
            table.addColumn(f -> limitText(plan, f)).setHeader(plan.name() + " · " + price(plan)).setAutoWidth(true);
        }
        table.setItems(QuotaFeature.values());
        Div card = new Div(new H2(getTranslation("plans.compare")),
                new Paragraph(getTranslation("plans.compare.basics") + ": " + getTranslation("plans.compare.included")),
                table);
        card.addClassName("card");
        return card;
    }

    private String limitText(PlanInfo plan, QuotaFeature feature) {
        PlanInfo.Quota quota = plan.quota(feature);
        if (quota == null) {
            return "—";
        }
        if (quota.kind() == QuotaKind.SETTING) {
            return getTranslation("plans.usage.setting." + quota.setting());
        }
        if (quota.limit() == null) {
            return getTranslation("plans.usage.unlimited");
        }
        if (quota.limit() == 0) {
            return getTranslation("plans.usage.none");
        }
        return getTranslation("plans.compare.limit." + feature, quota.limit());
    }

    private String price(PlanInfo plan) {
        if (plan.priceCents() == 0) {
            return getTranslation("plans.price.free");
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setCurrency(Currency.getInstance(plan.currency()));
        return getTranslation("plans.price.monthly", money.format(plan.priceCents() / 100.0));
    }

    private Div historyCard(List<PlanChange> history) {
        Div card = new Div(new H2(getTranslation("plans.history")));
        card.addClassName("card");
        if (history.isEmpty()) {
            card.add(new Paragraph(getTranslation("plans.history.empty")));
            return card;
        }
        Grid<PlanChange> grid = new Grid<>();
        grid.setId("history");
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> format(c.occurredAt())).setHeader(getTranslation("plans.history.when")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("account.plan." + c.fromPlan()) + " → "
                + getTranslation("account.plan." + c.toPlan())).setHeader(getTranslation("plans.history.change"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.status() == null ? "" : getTranslation("plans.status." + c.status()))
                .setHeader(getTranslation("plans.history.status")).setAutoWidth(true);
        grid.addColumn(PlanChange::reason).setHeader(getTranslation("plans.history.reason")).setFlexGrow(1);
        grid.setItems(history);
        card.add(grid);
        return card;
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? "—" : dates.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " · " + getTranslation("app.name");
    }
}
