package com.clintrack.account.ui;

import com.clintrack.base.ui.Brand;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The shared frame of the sign-in, registration and password views, so they look like one family. */
final class AuthCard extends Composite<Div> {

    private final Div message = new Div();

    AuthCard(String heading, String subtitle, Component body, Component footer) {
        message.addClassName("auth-message");
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");

        Div card = new Div(new Brand(), new H1(heading), new Paragraph(subtitle), message, body, footer);
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
