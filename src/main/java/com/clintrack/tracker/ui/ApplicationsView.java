package com.clintrack.tracker.ui;

import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.ViewToolbar;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Placeholder until this section is built: says honestly what is coming. */
@Route("applications")
@PermitAll
public class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    public ApplicationsView() {
        add(new ViewToolbar(getTranslation("nav.applications")),
                new EmptyState(VaadinIcon.BRIEFCASE, getTranslation("placeholder.applications.title"),
                        getTranslation("placeholder.applications.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.applications") + " · " + getTranslation("app.name");
    }
}
