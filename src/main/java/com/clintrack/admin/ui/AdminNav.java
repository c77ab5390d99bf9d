package com.clintrack.admin.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The admin console's own tabs: Overview, Users, Audit log, Plans. */
final class AdminNav extends Nav {

    AdminNav() {
        addClassName("admin-nav");
        add(new RouterLink(getTranslation("adminconsole.nav.overview"), AdminOverviewView.class),
                new RouterLink(getTranslation("adminconsole.nav.users"), AdminUsersView.class),
                new RouterLink(getTranslation("adminconsole.nav.audit"), AdminAuditView.class),
                new RouterLink(getTranslation("adminconsole.nav.plans"), AdminPlansView.class));
        getElement().setAttribute("aria-label", getTranslation("nav.admin"));
    }
}
