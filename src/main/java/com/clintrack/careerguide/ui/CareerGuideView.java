package com.clintrack.careerguide.ui;

import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.ViewToolbar;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Placeholder until this section is built: says honestly what is coming. */
@Route("career-guide")
@PermitAll
public class CareerGuideView extends VerticalLayout implements HasDynamicTitle {

    public CareerGuideView() {
        add(new ViewToolbar(getTranslation("nav.careerGuide")),
                new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("placeholder.careerGuide.title"),
                        getTranslation("placeholder.careerGuide.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.careerGuide") + " · " + getTranslation("app.name");
    }
}
