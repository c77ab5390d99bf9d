package com.clintrack.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A section that is not built yet: its title and an honest empty state saying what is coming. */
public abstract class PlaceholderView extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    /** @param key the section's key: its title is {@code nav.<key>}, its text {@code placeholder.<key>.*} */
    protected PlaceholderView(String key, VaadinIcon icon) {
        this.titleKey = "nav." + key;
        add(new ViewToolbar(getTranslation(titleKey)),
                new EmptyState(icon, getTranslation("placeholder." + key + ".title"),
                        getTranslation("placeholder." + key + ".text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
