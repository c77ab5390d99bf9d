package com.clintrack.base.ui;

import com.clintrack.base.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * UI errors no view caught. Two are expected in a shared, changing system and get a plain message: the
 * item was deleted meanwhile (in another tab, by an admin), or the user's rights changed since the page
 * opened (an admin revoked a role). Anything else is unexpected: the details go to the log and the user
 * gets a reference id.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String key = messageKey(error.getThrowable());
            String reference = UUID.randomUUID().toString().substring(0, 8);
            if (key == null) {
                log.error("Unexpected UI error, reference {}", reference, error.getThrowable());
            } else {
                log.info("UI action refused: {}", error.getThrowable().toString());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(key == null ? ui.getTranslation("common.error.reference", reference)
                        : ui.getTranslation(key), ui.getTranslation("common.close")));
            }
        }));
    }

    /** The message of an expected refusal anywhere in the cause chain, or null for an unexpected error. */
    static String messageKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return "common.error.denied";
            }
            if (cause instanceof NotFoundException) {
                return "common.error.gone";
            }
        }
        return null;
    }
}
