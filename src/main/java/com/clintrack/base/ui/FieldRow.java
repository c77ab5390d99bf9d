package com.clintrack.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label and its value on one line, as in profile and detail cards. */
public final class FieldRow {

    private FieldRow() {
    }

    public static Div of(String label, String value) {
        Span term = new Span(label);
        term.addClassName("field-label");
        Span definition = new Span(value);
        definition.addClassName("field-value");
        Div row = new Div(term, definition);
        row.addClassName("field-row");
        return row;
    }
}
