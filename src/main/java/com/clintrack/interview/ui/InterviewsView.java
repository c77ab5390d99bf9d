package com.clintrack.interview.ui;

import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.ViewToolbar;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Placeholder until this section is built: says honestly what is coming. */
@Route("interviews")
@PermitAll
public class InterviewsView extends VerticalLayout implements HasDynamicTitle {

    public InterviewsView() {
        add(new ViewToolbar(getTranslation("nav.interviews")),
                new EmptyState(VaadinIcon.CALENDAR_USER, getTranslation("placeholder.interviews.title"),
                        getTranslation("placeholder.interviews.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.interviews") + " · " + getTranslation("app.name");
    }
}
