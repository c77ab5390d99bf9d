package com.clintrack.tracker.ui;

import com.clintrack.tracker.Links;
import com.clintrack.tracker.SalaryPeriod;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.TrackedApplication;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small shared pieces of the tracker's views: badges, dates, pay, safe links, field errors. */
final class TrackerUi {

    static final int UNDO_MS = 8000;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.US);

    private TrackerUi() {
    }

    /** A stage badge: its own colour and its text, so colour is never the only signal. */
    static Span stageBadge(Component owner, TrackedApplication application) {
        String text = owner.getTranslation(application.stage().messageKey());
        if (application.closedReason() != null) {
            text += " · " + owner.getTranslation(application.closedReason().messageKey());
        }
        return stageBadge(application.stage(), text);
    }

    static Span stageBadge(Stage stage, String text) {
        Span badge = new Span(text);
        badge.addClassNames("tracker-badge", "tracker-stage-" + stage.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("tracker-badge", "tracker-badge-" + variant);
        return badge;
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.withZone(zone).format(instant);
    }

    /** "today", "3 days ago", "in 2 days". */
    static String relative(Component owner, LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return owner.getTranslation("tracker.time.today");
        }
        return days < 0 ? owner.getTranslation("tracker.time.daysAgo", -days)
                : owner.getTranslation("tracker.time.inDays", days);
    }

    static long daysSince(Instant instant, Instant now) {
        return Math.max(0, Duration.between(instant, now).toDays());
    }

    static String pay(Component owner, @Nullable BigDecimal min, @Nullable BigDecimal max,
            @Nullable SalaryPeriod period) {
        if (min == null && max == null) {
            return "";
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setMaximumFractionDigits(period == SalaryPeriod.YEARLY ? 0 : 2);
        String range = min != null && max != null && min.compareTo(max) != 0
                ? money.format(min) + "–" + money.format(max) : money.format(min != null ? min : max);
        return period == null ? range : range + " " + owner.getTranslation("tracker.pay.per." + period.name());
    }

    /** A link that opens only http/https addresses; anything else is plain text. */
    static Component safeLink(@Nullable String url, String text) {
        if (url != null && Links.isWebUrl(url)) {
            Anchor anchor = new Anchor(url, text, AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            return anchor;
        }
        return new Span(url == null ? "" : url);
    }

    /** A success note with an Undo button; it stays long enough to be used. */
    static Notification undoable(Component owner, String text, Runnable undo) {
        Notification note = new Notification();
        note.addThemeVariants(NotificationVariant.SUCCESS);
        note.setPosition(Notification.Position.BOTTOM_START);
        note.setDuration(UNDO_MS);
        Button button = new Button(owner.getTranslation("tracker.undo"), e -> {
            note.close();
            undo.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("tracker-undo");
        button.setId("undo");
        HorizontalLayout layout = new HorizontalLayout(new Span(text), button);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        note.add(layout);
        note.open();
        return note;
    }

    /** A small button that shows only an icon; its label is its accessible name and its tooltip. */
    static Button iconButton(Component owner, VaadinIcon icon, String labelKey,
            ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(owner.getTranslation(labelKey));
        button.setTooltipText(owner.getTranslation(labelKey));
        return button;
    }

    /** Asks before a delete, with a red confirm button; {@code onConfirm} runs only when the user confirms. */
    static ConfirmDialog confirmDelete(Component owner, String header, String text, String confirmText, String id,
            Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("common.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId(id);
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }

    static String title(Component owner, String key) {
        return owner.getTranslation(key) + " · " + owner.getTranslation("app.name");
    }
}
