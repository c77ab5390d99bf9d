package com.clintrack.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The ClinTrack mark and name, as in the drawer and on the sign-in pages. */
public final class Brand extends Composite<Div> {

    public Brand() {
        Icon logo = VaadinIcon.HEART_O.create();
        logo.addClassName("brand-icon");
        logo.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        getContent().addClassName("brand");
        getContent().add(logo, name);
    }
}
