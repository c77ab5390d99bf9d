package com.clintrack.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What an empty view shows: what it is for, and the first action to take. */
public final class EmptyState extends Composite<Div> {

    public EmptyState(VaadinIcon icon, String title, String text, Component... actions) {
        Icon symbol = icon.create();
        symbol.addClassName("empty-state-icon");
        symbol.getElement().setAttribute("aria-hidden", "true");
        Div actionRow = new Div(actions);
        actionRow.addClassName("empty-state-actions");
        getContent().addClassName("empty-state");
        getContent().add(symbol, new H2(title), new Paragraph(text), actionRow);
    }
}
