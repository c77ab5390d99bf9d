package com.clintrack.documents.ui;

import com.clintrack.base.ui.PlaceholderView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Placeholder until this section is built. */
@Route("documents")
@PermitAll
public class DocumentsView extends PlaceholderView {

    public DocumentsView() {
        super("documents", VaadinIcon.FILE_TEXT_O);
    }
}
