package com.clintrack.account;

import com.clintrack.account.billing.BillingEvent;
import com.clintrack.account.billing.BillingProvider;
import com.clintrack.account.billing.CardDeclinedException;
import com.clintrack.account.billing.CheckoutRequest;
import com.clintrack.account.billing.CheckoutStart;
import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan catalogue, the user's subscription (upgrade, cancel at period end, resume), billing webhooks,
 * the grace period of failed payments, and the admin's plan changes. Every plan change is written to the
 * subscription history and audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PlanService {

    /** How long a PAST_DUE subscription keeps its plan before falling back to Free. */
    public static final Duration GRACE = Duration.ofDays(7);
    public static final int HISTORY_LIMIT = 50;
    static final String BILLING_ACTOR = "billing";
    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    /** What a webhook call did. */
    public enum WebhookOutcome { PROCESSED, DUPLICATE, IGNORED }

    private final PlanCatalogueRepository catalogue;
    private final PlanQuotaRepository quotas;
    private final AppUserRepository users;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionHistoryRepository history;
    private final ProcessedBillingEventRepository processedEvents;
    private final BillingProvider billing;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final String publicUrl;

    PlanService(PlanCatalogueRepository catalogue, PlanQuotaRepository quotas, AppUserRepository users,
            SubscriptionRepository subscriptions, SubscriptionHistoryRepository history,
            ProcessedBillingEventRepository processedEvents, BillingProvider billing, CurrentUser currentUser,
            AuditLog audit, Messages messages, Clock clock, @Value("${clintrack.public-url}") String publicUrl) {
        this.catalogue = catalogue;
        this.quotas = quotas;
        this.users = users;
        this.subscriptions = subscriptions;
        this.history = history;
        this.processedEvents = processedEvents;
        this.billing = billing;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    // --- catalogue -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PlanInfo> plans() {
        Map<Plan, List<PlanInfo.Quota>> byPlan = new EnumMap<>(Plan.class);
        quotas.findAll().stream()
                .sorted((a, b) -> a.feature().compareTo(b.feature()))
                .forEach(q -> byPlan.computeIfAbsent(q.planCode(), p -> new ArrayList<>())
                        .add(new PlanInfo.Quota(q.feature(), q.feature().kind(), q.limit(), q.setting())));
        return catalogue.findAllByOrderByPositionAsc().stream()
                .map(p -> new PlanInfo(p.code(), p.name(), p.priceCents(), p.currency(),
                        List.copyOf(byPlan.getOrDefault(p.code(), List.of()))))
                .toList();
    }

    /**
     * An admin's edit of one plan: its name, price and quotas are checked together, every problem is named
     * at its field ("name", "priceCents", "quota.FEATURE"), and all of it is saved in one transaction or
     * nothing is. One audit entry lists what changed.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void editPlan(Plan code, String name, @Nullable Integer priceCents, List<PlanInfo.Quota> quotaEdits) {
        PlanDefinition plan = catalogue.findById(code).orElseThrow(() -> new NotFoundException("Plan"));
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > PlanDefinition.NAME_MAX) {
            errors.put("name", messages.get("plans.admin.nameInvalid", PlanDefinition.NAME_MAX));
        }
        if (priceCents == null || priceCents < 0) {
            errors.put("priceCents", messages.get("plans.admin.priceInvalid"));
        }
        for (PlanInfo.Quota edit : quotaEdits) {
            if (edit.feature().kind() == QuotaKind.SETTING) {
                if (edit.setting() == null
                        || Arrays.stream(AlertFrequency.values()).noneMatch(f -> f.name().equals(edit.setting()))) {
                    errors.put("quota." + edit.feature(), messages.get("plans.admin.settingInvalid"));
                }
            } else if (edit.limit() != null && edit.limit() < 0) {
                errors.put("quota." + edit.feature(), messages.get("plans.admin.limitInvalid"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> changes = new ArrayList<>();
        if (!plan.name().equals(clean) || plan.priceCents() != priceCents) {
            plan.edit(clean, priceCents);
            changes.add("name=" + clean + ", priceCents=" + priceCents);
        }
        for (PlanInfo.Quota edit : quotaEdits) {
            boolean setting = edit.feature().kind() == QuotaKind.SETTING;
            Integer limit = setting ? null : edit.limit();
            String value = setting ? edit.setting() : null;
            PlanQuota quota = quotas.findByPlanCodeAndFeature(code, edit.feature())
                    .orElseGet(() -> quotas.save(new PlanQuota(code, edit.feature(), null, null)));
            if (!Objects.equals(quota.limit(), limit) || !Objects.equals(quota.setting(), value)) {
                quota.change(limit, value);
                changes.add(edit.feature() + (setting ? " setting=" + value
                        : " limit=" + (limit == null ? "unlimited" : limit)));
            }
        }
        if (!changes.isEmpty()) {
            auditAdmin(AuditAction.PLAN_CATALOGUE_CHANGE, code.name(), String.join("; ", changes));
        }
    }

    // --- the signed-in user's subscription -----------------------------------------------------

    public boolean billingTestMode() {
        return billing.testMode();
    }

    @Transactional(readOnly = true)
    public SubscriptionInfo mySubscription() {
        return subscriptionInfo(currentUser.id());
    }

    @Transactional(readOnly = true)
    public List<PlanChange> myHistory() {
        return historyOf(currentUser.id());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SubscriptionInfo subscriptionOf(long userId) {
        return subscriptionInfo(userId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PlanChange> historyOf(long userId) {
        return history.findByOwnerIdOrderByOccurredAtDesc(userId, PageRequest.of(0, HISTORY_LIMIT)).stream()
                .map(SubscriptionHistory::toChange).toList();
    }

    /** Starts a checkout for Plus and answers where to send the user. */
    @Transactional
    public CheckoutStart startUpgrade() {
        AppUser user = load(currentUser.id());
        if (user.plan() != Plan.FREE) {
            throw new ConflictException(messages.get("plans.upgrade.already"));
        }
        PlanDefinition plus = catalogue.findById(Plan.PLUS).orElseThrow(() -> new NotFoundException("Plan"));
        String planPage = publicUrl + "/account/plan";
        return billing.startCheckout(new CheckoutRequest(user.id(), user.email(), Plan.PLUS.name(), plus.name(),
                plus.priceCents(), plus.currency(), planPage + "?checkout=success", planPage + "?checkout=canceled"));
    }

    /** Pays a sandbox checkout with a test card. A declined card is a field error on "card". */
    @Transactional
    public void completeSandboxCheckout(String sessionId, String cardNumber) {
        long me = currentUser.id();
        BillingEvent event;
        try {
            event = billing.payTestCheckout(sessionId, me, cardNumber);
        } catch (CardDeclinedException e) {
            audit.record(AuditAction.SUBSCRIPTION_CHANGE, AuditOutcome.FAILURE, me, currentUser.require().email(),
                    null, null, e.unknownCard() ? "sandbox: not a test card" : "sandbox: card declined");
            throw InvalidInputException.of("card", messages.get(e.unknownCard() ? "plans.checkout.unknownCard"
                    : "plans.checkout.declined"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Checkout");
        }
        if (event.userId() == null || event.userId() != me) {
            throw new NotFoundException("Checkout");
        }
        apply(event);
    }

    @Transactional
    public void cancel() {
        setCancelAtPeriodEnd(true);
    }

    @Transactional
    public void resume() {
        setCancelAtPeriodEnd(false);
    }

    /** The provider's customer portal (Stripe), where the user manages cards and invoices. */
    @Transactional(readOnly = true)
    public Optional<String> portalUrl() {
        return subscriptions.findById(currentUser.id())
                .filter(s -> s.provider().equals(billing.name()) && s.customerRef() != null)
                .flatMap(s -> billing.portalUrl(s.customerRef(), publicUrl + "/account/plan"));
    }

    private void setCancelAtPeriodEnd(boolean cancel) {
        AppUserPrincipal me = currentUser.require();
        Subscription sub = subscriptions.findById(me.id()).filter(Subscription::isLive)
                .orElseThrow(() -> new ConflictException(messages.get("plans.subscription.none")));
        if (sub.cancelAtPeriodEnd() == cancel) {
            return;
        }
        if (sub.subscriptionRef() != null && sub.provider().equals(billing.name())) {
            billing.setCancelAtPeriodEnd(sub.subscriptionRef(), cancel);
        }
        sub.cancelAtPeriodEnd(cancel, clock.instant());
        AppUser user = load(me.id());
        String reason = cancel ? "canceled by the user; ends at the period end" : "resumed by the user";
        history.save(new SubscriptionHistory(me.id(), clock.instant(), user.plan(), user.plan(), sub.status(), reason,
                me.email()));
        audit.record(AuditAction.SUBSCRIPTION_CHANGE, AuditOutcome.SUCCESS, me.id(), me.email(), me.email(), null,
                reason);
    }

    // --- billing events ------------------------------------------------------------------------

    /**
     * A provider webhook: verified by the adapter, then applied once. A replayed event id changes nothing.
     * Throws {@link com.clintrack.account.billing.InvalidWebhookException} for a bad signature.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public WebhookOutcome handleWebhook(String payload, String signatureHeader) {
        BillingEvent event = billing.parseWebhook(payload, signatureHeader);
        if (processedEvents.existsById(event.id())) {
            return WebhookOutcome.DUPLICATE;
        }
        processedEvents.save(new ProcessedBillingEvent(event.id(), event.rawType(), clock.instant()));
        if (event.type() == BillingEvent.Type.IGNORED) {
            return WebhookOutcome.IGNORED;
        }
        apply(event);
        audit.record(AuditAction.BILLING_WEBHOOK, AuditOutcome.SUCCESS, null, BILLING_ACTOR,
                event.customerRef(), null, event.rawType() + " " + event.id());
        return WebhookOutcome.PROCESSED;
    }

    private void apply(BillingEvent event) {
        Instant now = clock.instant();
        switch (event.type()) {
            case CHECKOUT_COMPLETED -> {
                long ownerId = event.userId() != null ? event.userId()
                        : findSubscription(event).map(Subscription::ownerId)
                                .orElseThrow(() -> new NotFoundException("Account"));
                // Two checkouts of one user (two tabs) complete one after the other, never interleaved.
                AppUser user = users.findByIdForUpdate(ownerId).orElseThrow(() -> new NotFoundException("Account"));
                Plan plan = event.planCode() == null ? Plan.PLUS : Plan.valueOf(event.planCode());
                Optional<Subscription> existing = subscriptions.findById(user.id());
                if (existing.isPresent() && isSecondSubscription(existing.get(), event)) {
                    endSecondSubscription(user, existing.get(), event);
                    return;
                }
                if (existing.isPresent() && isOtherLiveSubscription(existing.get(), event)) {
                    // The running one was ending or past due: end it now, so only the new one bills.
                    billing.cancelNow(existing.get().subscriptionRef());
                }
                Subscription sub = existing.orElseGet(() -> new Subscription(user.id(), billing.name(), now));
                sub.activate(plan, billing.name(), event.customerRef(), event.subscriptionRef(), event.periodEnd(), now);
                subscriptions.save(sub);
                changePlan(user, plan, SubscriptionStatus.ACTIVE, "checkout completed (" + billing.name() + ")",
                        null, BILLING_ACTOR);
            }
            case INVOICE_PAID -> findSubscription(event).ifPresent(sub -> {
                AppUser user = lockOwner(sub);
                boolean wasPastDue = sub.status() == SubscriptionStatus.PAST_DUE;
                sub.paid(event.periodEnd(), now);
                if (user.plan() != sub.plan() || wasPastDue) {
                    changePlan(user, sub.plan(), SubscriptionStatus.ACTIVE, "invoice paid", null, BILLING_ACTOR);
                }
            });
            case PAYMENT_FAILED -> findSubscription(event).ifPresent(sub -> {
                AppUser user = lockOwner(sub);
                sub.pastDue(now);
                changePlan(user, user.plan(), SubscriptionStatus.PAST_DUE,
                        "payment failed; plan kept for " + GRACE.toDays() + " days", null, BILLING_ACTOR);
            });
            case SUBSCRIPTION_DELETED -> findSubscription(event).ifPresent(sub -> {
                AppUser user = lockOwner(sub);
                sub.ended(now);
                changePlan(user, Plan.FREE, SubscriptionStatus.CANCELED, "subscription ended", null, BILLING_ACTOR);
            });
            case IGNORED -> {
                // acknowledged, nothing to do
            }
        }
    }

    /**
     * A paid checkout for a user whose other subscription is running in good standing (a second tab, a
     * retried payment). One that is ending (cancelled at the period end) or past due is not kept over a new
     * payment: the new subscription replaces it.
     */
    private boolean isSecondSubscription(Subscription running, BillingEvent event) {
        return running.status() == SubscriptionStatus.ACTIVE && !running.cancelAtPeriodEnd()
                && isOtherLiveSubscription(running, event);
    }

    private boolean isOtherLiveSubscription(Subscription running, BillingEvent event) {
        return running.isLive() && running.provider().equals(billing.name()) && running.subscriptionRef() != null
                && event.subscriptionRef() != null && !running.subscriptionRef().equals(event.subscriptionRef());
    }

    /**
     * Keeps the running subscription and ends the new one at once, so the user is never billed twice. The
     * first charge of the second one is left for support to refund: the history and the audit name it.
     */
    private void endSecondSubscription(AppUser user, Subscription running, BillingEvent event) {
        String detail = "second subscription " + event.subscriptionRef() + " canceled at once; "
                + running.subscriptionRef() + " kept (refund its first charge)";
        billing.cancelNow(event.subscriptionRef());
        // The user reads the history; the provider's ids and the note for support stay in the audit log.
        history.save(new SubscriptionHistory(user.id(), clock.instant(), user.plan(), user.plan(), running.status(),
                "a second payment was stopped at once; the subscription already running continues", BILLING_ACTOR));
        audit.record(AuditAction.SUBSCRIPTION_CHANGE, AuditOutcome.FAILURE, null, BILLING_ACTOR, user.email(), null,
                detail);
        log.warn("User {} completed a second checkout: {}", user.id(), detail);
    }

    private Optional<Subscription> findSubscription(BillingEvent event) {
        Optional<Subscription> bySubscription = event.subscriptionRef() == null ? Optional.empty()
                : subscriptions.findBySubscriptionRef(event.subscriptionRef());
        if (bySubscription.isPresent() || event.customerRef() == null) {
            if (bySubscription.isEmpty()) {
                log.warn("Billing event {} ({}) matches no subscription", event.id(), event.rawType());
            }
            return bySubscription;
        }
        // An event of another subscription of the same customer (a second one, ended at once) must not
        // touch the one we keep.
        Optional<Subscription> byCustomer = subscriptions.findByCustomerRef(event.customerRef())
                .filter(sub -> event.subscriptionRef() == null || sub.subscriptionRef() == null);
        if (byCustomer.isEmpty()) {
            log.warn("Billing event {} ({}) matches no subscription", event.id(), event.rawType());
        }
        return byCustomer;
    }

    /**
     * Ends what is due: PAST_DUE beyond the grace period and cancellations at their period end fall back to
     * Free; sandbox subscriptions renew (the sandbox never fails a renewal). Runs hourly.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public int runMaintenance() {
        Instant now = clock.instant();
        int changed = 0;
        for (Subscription sub : subscriptions.findPastDueSince(now.minus(GRACE))) {
            AppUser user = lockOwner(sub);
            sub.ended(now);
            changePlan(user, Plan.FREE, SubscriptionStatus.CANCELED,
                    "payment failed; " + GRACE.toDays() + "-day grace period ended", null, BILLING_ACTOR);
            changed++;
        }
        for (Subscription sub : subscriptions.findPeriodEndedBefore(now)) {
            if (sub.cancelAtPeriodEnd()) {
                AppUser user = lockOwner(sub);
                sub.ended(now);
                changePlan(user, Plan.FREE, SubscriptionStatus.CANCELED, "canceled at the period end",
                        null, BILLING_ACTOR);
                changed++;
            } else if (sub.status() == SubscriptionStatus.ACTIVE
                    && com.clintrack.account.billing.SandboxBillingProvider.NAME.equals(sub.provider())) {
                Instant end = sub.currentPeriodEnd() == null ? now : sub.currentPeriodEnd();
                while (!end.isAfter(now)) {
                    end = end.plus(com.clintrack.account.billing.SandboxBillingProvider.period());
                }
                sub.paid(end, now);
                changed++;
            }
        }
        return changed;
    }

    // --- admin ---------------------------------------------------------------------------------

    /** An admin sets a user's plan, with a reason. Going to Free ends a paid subscription now. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changePlanByAdmin(long userId, Plan plan, String reason) {
        if (reason.isBlank()) {
            throw InvalidInputException.of("reason", messages.get("plans.admin.reasonRequired"));
        }
        AppUserPrincipal admin = currentUser.require();
        AppUser user = load(userId);
        if (user.plan() == plan) {
            return;
        }
        SubscriptionStatus status = null;
        Optional<Subscription> live = subscriptions.findById(userId).filter(Subscription::isLive);
        if (plan == Plan.FREE && live.isPresent()) {
            Subscription sub = live.get();
            if (sub.subscriptionRef() != null && sub.provider().equals(billing.name())) {
                billing.cancelNow(sub.subscriptionRef());
            }
            sub.ended(clock.instant());
            status = SubscriptionStatus.CANCELED;
        }
        changePlan(user, plan, status, "by admin: " + reason.strip(), admin.id(), admin.email());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Plan, Long> usersByPlan() {
        Map<Plan, Long> result = new EnumMap<>(Plan.class);
        for (Plan plan : Plan.values()) {
            result.put(plan, 0L);
        }
        users.countByPlan().forEach(row -> result.put((Plan) row[0], (Long) row[1]));
        return result;
    }

    /** Monthly recurring revenue in cents: ACTIVE paid subscriptions times their plan's price. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long mrrCents() {
        return users.mrrCents();
    }

    /** Ends a user's paid subscription at the provider before the account is deleted. */
    void endSubscriptionForDeletion(long userId) {
        subscriptions.findById(userId).filter(Subscription::isLive).ifPresent(sub -> {
            if (sub.subscriptionRef() != null && sub.provider().equals(billing.name())) {
                try {
                    billing.cancelNow(sub.subscriptionRef());
                } catch (RuntimeException e) {
                    log.warn("Could not cancel subscription of deleted user {} at {}", userId, billing.name(), e);
                }
            }
        });
    }

    // --- shared --------------------------------------------------------------------------------

    private void changePlan(AppUser user, Plan to, @Nullable SubscriptionStatus status, String reason,
            @Nullable Long actorId, String actor) {
        Plan from = user.plan();
        user.changePlan(to);
        history.save(new SubscriptionHistory(user.id(), clock.instant(), from, to, status, reason, actor));
        audit.record(AuditAction.PLAN_CHANGE, AuditOutcome.SUCCESS, actorId, actor, user.email(), null,
                from + " -> " + to + (status == null ? "" : " (" + status + ")") + ": " + reason);
    }

    private SubscriptionInfo subscriptionInfo(long userId) {
        AppUser user = load(userId);
        Optional<Subscription> sub = subscriptions.findById(userId);
        return sub.map(s -> new SubscriptionInfo(user.plan(), s.status(), s.provider(), s.currentPeriodEnd(),
                        s.cancelAtPeriodEnd(), s.pastDueSince(),
                        s.pastDueSince() == null ? null : s.pastDueSince().plus(GRACE),
                        s.customerRef() != null && s.provider().equals(billing.name()) && !billing.testMode()))
                .orElseGet(() -> new SubscriptionInfo(user.plan(), null, null, null, false, null, null, false));
    }

    private void auditAdmin(AuditAction action, String target, String detail) {
        AppUserPrincipal admin = currentUser.require();
        audit.record(action, AuditOutcome.SUCCESS, admin.id(), admin.email(), target, null, detail);
    }

    /**
     * Every change to a user's subscription first locks the user's row, the way admin actions and
     * checkouts do: all of them then take their locks in the same order and cannot deadlock.
     */
    private AppUser lockOwner(Subscription sub) {
        return users.findByIdForUpdate(sub.ownerId()).orElseThrow(() -> new NotFoundException("Account"));
    }

    private AppUser load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("Account"));
    }
}
