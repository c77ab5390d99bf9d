package com.clintrack.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The top of every view: the title on the left, the one primary action on the right. */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String title, Component... actions) {
        H1 heading = new H1(title);
        heading.addClassName("view-title");
        HorizontalLayout actionBar = new HorizontalLayout(actions);
        actionBar.setAlignItems(FlexComponent.Alignment.CENTER);
        actionBar.addClassName("view-actions");
        getContent().addClassName("view-toolbar");
        getContent().add(heading, actionBar);
    }
}
