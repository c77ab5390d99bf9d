package com.clintrack.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The shared frame of the sign-in, registration and password views, so they look like one family. */
final class AuthCard extends Composite<Div> {

    private final Div message = new Div();

    AuthCard(String heading, String subtitle, Component body, Component footer) {
        Icon logo = VaadinIcon.HEART_O.create();
        logo.addClassName("brand-icon");
        logo.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("brand");

        message.addClassName("auth-message");
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");

        Div card = new Div(brand, new H1(heading), new Paragraph(subtitle), message, body, footer);
        card.addClassName("auth-card");
        getContent().addClassName("auth-page");
        getContent().add(card);
    }

    void showError(String text) {
        show(text, "error");
    }

    void showSuccess(String text) {
        show(text, "success");
    }

    void clearMessage() {
        message.setVisible(false);
    }

    private void show(String text, String kind) {
        message.setText(text);
        message.getElement().setAttribute("data-kind", kind);
        message.setVisible(true);
    }

    String messageText() {
        return message.isVisible() ? message.getText() : "";
    }
}
