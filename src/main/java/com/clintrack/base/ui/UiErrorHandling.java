package com.clintrack.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Unexpected UI errors: the details go to the log, the user gets a reference id. */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected UI error, reference {}", reference, error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(ui.getTranslation("common.error.reference", reference),
                        ui.getTranslation("common.close")));
            }
        }));
    }
}
