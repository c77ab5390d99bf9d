package com.clintrack.jobs.ui;

import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.ViewToolbar;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Placeholder until this section is built: says honestly what is coming. */
@Route("jobs")
@PermitAll
public class JobsView extends VerticalLayout implements HasDynamicTitle {

    public JobsView() {
        add(new ViewToolbar(getTranslation("nav.jobs")),
                new EmptyState(VaadinIcon.SEARCH, getTranslation("placeholder.jobs.title"),
                        getTranslation("placeholder.jobs.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.jobs") + " · " + getTranslation("app.name");
    }
}
