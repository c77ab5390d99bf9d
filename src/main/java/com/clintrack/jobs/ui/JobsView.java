package com.clintrack.jobs.ui;

import com.clintrack.base.ui.PlaceholderView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Placeholder until this section is built. */
@Route("jobs")
@PermitAll
public class JobsView extends PlaceholderView {

    public JobsView() {
        super("jobs", VaadinIcon.SEARCH);
    }
}
