package com.clintrack.tracker;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * An extension point of the application detail page: another feature (documents) adds a section
 * without the tracker depending on it. Implementations are Spring beans; the page asks each one for a
 * fresh component every time it shows an application.
 */
public interface ApplicationDetailSection {

    /**
     * @param application the signed-in user's application, as the page shows it
     * @param onChange to call with the application as returned by a {@link TrackerService} write, so the
     *        page keeps its form in step (its optimistic-lock version) without losing what was typed
     */
    Component create(TrackedApplication application, Consumer<TrackedApplication> onChange);
}
