package com.clintrack.documents.ui;

import com.clintrack.documents.SentDocumentsService;
import com.clintrack.tracker.ApplicationDetailSection;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerService;
import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/** Plugs {@link ApplicationDocumentsSection} into the tracker's application detail page. */
@org.springframework.stereotype.Component
class ApplicationDocumentsSections implements ApplicationDetailSection {

    private final SentDocumentsService documents;
    private final TrackerService tracker;

    ApplicationDocumentsSections(SentDocumentsService documents, TrackerService tracker) {
        this.documents = documents;
        this.tracker = tracker;
    }

    @Override
    public Component create(TrackedApplication application, Consumer<TrackedApplication> onChange) {
        return new ApplicationDocumentsSection(documents, tracker, application, onChange);
    }
}
