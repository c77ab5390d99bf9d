package com.clintrack.interview.ui;

import com.clintrack.base.ui.PlaceholderView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Placeholder until this section is built. */
@Route("interviews")
@PermitAll
public class InterviewsView extends PlaceholderView {

    public InterviewsView() {
        super("interviews", VaadinIcon.CALENDAR_USER);
    }
}
