package com.clintrack.documents.ui;

import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.ViewToolbar;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Placeholder until this section is built: says honestly what is coming. */
@Route("documents")
@PermitAll
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    public DocumentsView() {
        add(new ViewToolbar(getTranslation("nav.documents")),
                new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("placeholder.documents.title"),
                        getTranslation("placeholder.documents.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.documents") + " · " + getTranslation("app.name");
    }
}
