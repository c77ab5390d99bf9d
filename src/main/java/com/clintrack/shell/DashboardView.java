package com.clintrack.shell;

import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.CurrentUser;
import com.clintrack.tracker.TrackerService;
import com.clintrack.tracker.TrackerStatsService;
import com.clintrack.tracker.ui.TrackerDashboardPanel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The first screen after sign-in: what a new user should do next. */
@Route("")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(CurrentUser currentUser, TrackerService tracker, TrackerStatsService trackerStats) {
        add(new ViewToolbar(getTranslation("dashboard.greeting", currentUser.require().displayName())));
        if (tracker.countAll() == 0) {
            // First run: nothing to measure yet, so say what to do next.
            Paragraph subtitle = new Paragraph(getTranslation("dashboard.subtitle"));
            subtitle.addClassName("view-subtitle");
            Div steps = new Div(
                    step(VaadinIcon.BRIEFCASE, "application", "applications"),
                    step(VaadinIcon.FILE_TEXT_O, "resume", "documents"),
                    step(VaadinIcon.ACADEMY_CAP, "guide", "career-guide"),
                    step(VaadinIcon.LOCK, "account", "account"));
            steps.addClassName("card-grid");
            steps.setId("next-steps");
            add(subtitle, steps);
        } else {
            add(new TrackerDashboardPanel(trackerStats, tracker));
        }
    }

    private Div step(VaadinIcon icon, String key, String path) {
        Icon symbol = icon.create();
        symbol.addClassName("card-icon");
        symbol.getElement().setAttribute("aria-hidden", "true");
        Anchor open = new Anchor(path, getTranslation("dashboard.open") + " →");
        open.getElement().setAttribute("router-link", true);
        Div card = new Div(symbol, new H2(getTranslation("dashboard.step." + key + ".title")),
                new Paragraph(getTranslation("dashboard.step." + key + ".text")), open);
        card.addClassNames("card", "step-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
