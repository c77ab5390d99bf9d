package com.clintrack.documents.ui;

import com.clintrack.account.QuotaExceededException;
import com.clintrack.account.UpgradePrompt;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/** Small shared pieces of the documents views. */
final class DocumentsUi {

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;

    private DocumentsUi() {
    }

    /** "just now", "5 minutes ago", "3 days ago", then the date in the user's zone. */
    static String relative(Component owner, Instant when, Instant now, ZoneId zone) {
        long seconds = Math.max(0, Duration.between(when, now).getSeconds());
        if (seconds < MINUTE) {
            return owner.getTranslation("documents.time.now");
        }
        if (seconds < HOUR) {
            return owner.getTranslation("documents.time.minutes", seconds / MINUTE);
        }
        if (seconds < DAY) {
            return owner.getTranslation("documents.time.hours", seconds / HOUR);
        }
        if (seconds < WEEK) {
            return owner.getTranslation("documents.time.days", seconds / DAY);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).withZone(zone)
                .format(when);
    }

    static Anchor download(String id, String label, String fileName, String mimeType, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(data), fileName, mimeType, data.length);
        }), "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(label);
        anchor.addClassName("download-link");
        return anchor;
    }

    static String fileName(String title, String extension) {
        String safe = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (safe.isEmpty() ? "document" : safe) + "." + extension;
    }

    /**
     * Runs a save or create; a quota refusal opens the upgrade prompt, invalid input and stale versions
     * show a note that stays. What the user typed is never touched. Answers whether it worked.
     */
    static boolean attempt(Component owner, Runnable action) {
        return attempt(owner, action, e -> Notifications.error(String.join(" ", e.fieldErrors().values()),
                owner.getTranslation("common.close")));
    }

    static boolean attempt(Component owner, Runnable action, java.util.function.Consumer<InvalidInputException> invalid) {
        try {
            return UpgradePrompt.run(action);
        } catch (InvalidInputException e) {
            invalid.accept(e);
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(owner.getTranslation("documents.stale"), owner.getTranslation("common.close"));
        } catch (QuotaExceededException e) {
            UpgradePrompt.show(e);
        }
        return false;
    }
}
