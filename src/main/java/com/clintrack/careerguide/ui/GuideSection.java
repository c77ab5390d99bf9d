package com.clintrack.careerguide.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One deep-linkable section of a guide page: an anchor id, a heading, and groups of items that the search
 * can hide. An item is any component plus the text the search matches it on.
 */
final class GuideSection extends Section {

    private final GuideAnchor anchor;
    private final String title;
    private final Function<String, String> searchText;
    private final List<Group> groups = new ArrayList<>();

    /** @param searchText turns an item's text into what the search looks in (adds keyword synonyms) */
    GuideSection(GuideAnchor anchor, String title, Function<String, String> searchText) {
        this.anchor = anchor;
        this.title = title;
        this.searchText = searchText;
        setId(anchor.id());
        addClassName("guide-section");
        H2 heading = new H2(title);
        heading.addClassName("guide-section-title");
        add(heading);
    }

    GuideAnchor anchor() {
        return anchor;
    }

    String title() {
        return title;
    }

    /** A group of items under an optional sub-heading. */
    Group group(@Nullable String heading) {
        Div container = new Div();
        container.addClassName("guide-group");
        if (heading != null) {
            container.add(new H3(heading));
        }
        add(container);
        Group group = new Group(container, heading == null ? "" : heading);
        groups.add(group);
        return group;
    }

    /**
     * Shows what matches every word of the query; an empty query shows everything.
     *
     * @return how many items it shows for a query (0 for an empty query)
     */
    int filter(List<String> words) {
        boolean titleMatches = !words.isEmpty() && GuideSearch.matches(GuideSearch.normalize(title), words);
        int matches = 0;
        boolean anyVisible = false;
        for (Group group : groups) {
            int groupMatches = group.filter(words, titleMatches);
            matches += groupMatches;
            anyVisible |= group.container.isVisible();
        }
        setVisible(anyVisible);
        return matches;
    }

    /** Items under one sub-heading. */
    final class Group {

        private final Div container;
        private final String heading;
        private final List<Item> items = new ArrayList<>();

        private Group(Div container, String heading) {
            this.container = container;
            this.heading = GuideSearch.normalize(heading);
        }

        /** Where structural parts of the group (lists, grids) go. */
        Div container() {
            return container;
        }

        /** Adds the component to the group and makes it searchable. */
        <T extends Component> T add(T component, String text) {
            return addTo(container, component, text, null);
        }

        /**
         * Adds the component to a parent inside the group and makes it searchable.
         *
         * @param reveal run when the item matches a search, to open it (a closed accordion panel)
         */
        <T extends Component> T addTo(HasComponents parent, T component, String text, @Nullable Runnable reveal) {
            parent.add(component);
            return track(component, text, reveal);
        }

        /** Makes a component searchable that the caller placed itself (an accordion panel). */
        <T extends Component> T track(T component, String text, @Nullable Runnable reveal) {
            items.add(new Item(component, GuideSearch.normalize(searchText.apply(text)), reveal));
            return component;
        }

        private int filter(List<String> words, boolean sectionTitleMatches) {
            boolean everything = words.isEmpty() || sectionTitleMatches
                    || (!heading.isEmpty() && GuideSearch.matches(heading, words));
            int matches = 0;
            boolean anyVisible = false;
            for (Item item : items) {
                boolean hit = !words.isEmpty() && GuideSearch.matches(item.text(), words);
                boolean visible = everything || hit;
                item.component().setVisible(visible);
                anyVisible |= visible;
                if (visible && !words.isEmpty()) {
                    matches++;
                }
                if (hit && item.reveal() != null) {
                    item.reveal().run();
                }
            }
            container.setVisible(anyVisible);
            return matches;
        }
    }

    private record Item(Component component, String text, @Nullable Runnable reveal) {
    }
}
