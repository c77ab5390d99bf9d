package com.clintrack.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Success notes that fade, and failure notes that stay until closed. */
public final class Notifications {

    private static final int SUCCESS_MS = 4000;

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, SUCCESS_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        return notification;
    }

    public static Notification error(String text, String closeLabel) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(closeLabel);
        HorizontalLayout layout = new HorizontalLayout(new Span(text), close);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(layout);
        notification.open();
        return notification;
    }
}
