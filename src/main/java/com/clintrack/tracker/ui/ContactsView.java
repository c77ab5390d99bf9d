package com.clintrack.tracker.ui;

import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.Paging;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.tracker.ContactData;
import com.clintrack.tracker.ContactService;
import com.clintrack.tracker.ContactSummary;
import com.clintrack.tracker.LinkedApplication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every contact of the user's, over all applications: a lazy grid (paged and sorted in SQL, with the number of
 * linked applications counted in the same query), a search kept in the URL, and edit, delete and the linked
 * applications per contact. On a phone the contact's fields share one column.
 */
@Route(ContactsView.ROUTE)
@PermitAll
public class ContactsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "contacts";
    static final String SEARCH_PARAM = "q";
    /** At this window width or less the grid shows the compact phone layout. */
    static final int PHONE_MAX_WIDTH = 600;
    private static final List<String> DESKTOP_COLUMNS = List.of("name", "role", "email", "phone", "applications");
    private static final String EMAIL_WIDTH = "14rem";

    private final ContactService contacts;
    private final TextField search = new TextField();
    private final Grid<ContactSummary> grid = new Grid<>();
    private final Span resultCount = new Span();
    private final Div listArea = new Div();
    private final EmptyState empty;
    private @Nullable Registration resizeListener;
    private String text = "";

    public ContactsView(ContactService contacts) {
        this.contacts = contacts;
        setSizeFull();
        addClassNames("tracker-view", "tracker-contacts");

        Button add = new Button(getTranslation("tracker.contact.add"), VaadinIcon.PLUS.create(), e -> create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-contact");
        Button emptyAdd = new Button(getTranslation("tracker.contact.add"), e -> create());
        emptyAdd.addThemeVariants(ButtonVariant.PRIMARY);
        RouterLink emptyApplications = new RouterLink(getTranslation("tracker.contacts.empty.applications"),
                ApplicationsView.class);
        empty = new EmptyState(VaadinIcon.USERS, getTranslation("tracker.contacts.empty.title"),
                getTranslation("tracker.contacts.empty.text"), emptyAdd, emptyApplications);

        search.setLabel(getTranslation("tracker.filter.text"));
        search.setPlaceholder(getTranslation("tracker.contacts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("contacts-search");
        search.addClassName("tracker-contacts-search");
        search.addValueChangeListener(e -> searchChanged(e.getValue()));
        resultCount.setId("contacts-count");
        resultCount.addClassName("tracker-muted");

        configureGrid();
        listArea.add(search, resultCount, grid);
        listArea.addClassName("tracker-list-area");
        listArea.setSizeFull();
        add(new ViewToolbar(getTranslation("tracker.contacts.title"), add), empty, listArea);

        addAttachListener(event -> {
            event.getUI().getPage().retrieveExtendedClientDetails(details ->
                    fitTo(details.getWindowInnerWidth()));
            resizeListener = event.getUI().getPage().addBrowserWindowResizeListener(resize ->
                    fitTo(resize.getWidth()));
        });
        addDetachListener(event -> {
            if (resizeListener != null) {
                resizeListener.remove();
                resizeListener = null;
            }
        });
    }

    private void configureGrid() {
        grid.setId("contacts-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(ContactSummary::name).setHeader(getTranslation("tracker.contact.name"))
                .setSortable(true).setSortProperty("name").setAutoWidth(true).setFlexGrow(0).setKey("name");
        grid.addComponentColumn(this::roleBadge).setHeader(getTranslation("tracker.contact.role"))
                .setSortable(true).setSortProperty("role").setAutoWidth(true).setFlexGrow(0).setKey("role");
        // Addresses can be long: this column takes the spare width and wraps, instead of growing the grid.
        grid.addComponentColumn(c -> emailLink(c.email())).setHeader(getTranslation("tracker.contact.email"))
                .setSortable(true).setSortProperty("email").setWidth(EMAIL_WIDTH).setFlexGrow(1).setKey("email");
        grid.addComponentColumn(c -> phoneLink(c.phone())).setHeader(getTranslation("tracker.contact.phone"))
                .setSortable(true).setSortProperty("phone").setAutoWidth(true).setFlexGrow(0).setKey("phone");
        grid.addComponentColumn(this::compact).setHeader(getTranslation("tracker.contacts.column.contact"))
                .setSortable(true).setSortProperty("name").setFlexGrow(1).setKey("contact").setVisible(false);
        grid.addComponentColumn(c -> applicationsToggle(c, true))
                .setHeader(getTranslation("tracker.contacts.column.applications"))
                .setSortable(true).setSortProperty("applicationCount").setAutoWidth(true).setFlexGrow(0)
                .setKey("applications");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("tracker.contacts.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setItems(new CallbackDataProvider<ContactSummary, Void>(
                query -> contacts.list(text, Paging.of(query, ContactService.SORTABLE, ContactService.DEFAULT_SORT))
                        .stream(),
                query -> (int) contacts.count(text), ContactSummary::id));
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::linkedApplications));
        grid.setSizeFull();
    }

    /** Desktop: one column per field. Phone: name, role, email, phone and applications stacked in one column. */
    void fitTo(int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth <= PHONE_MAX_WIDTH;
        DESKTOP_COLUMNS.forEach(key -> grid.getColumnByKey(key).setVisible(!phone));
        grid.getColumnByKey("contact").setVisible(phone);
    }

    private Component roleBadge(ContactSummary contact) {
        return contact.role() == null ? new Span()
                : TrackerUi.badge(getTranslation(contact.role().messageKey()), "contrast");
    }

    /** A mailto link whose text may wrap after "@" and dots, so long addresses break where they read well. */
    private static Component emailLink(@Nullable String email) {
        if (email == null) {
            return new Span();
        }
        Anchor link = new Anchor("mailto:" + email);
        for (String part : email.split("(?<=[@.])")) {
            link.getElement().appendChild(Element.createText(part), new Element("wbr"));
        }
        return link;
    }

    private static Component phoneLink(@Nullable String phone) {
        return phone == null ? new Span() : new Anchor("tel:" + phone.replaceAll("[^0-9+]", ""), phone);
    }

    private Component compact(ContactSummary contact) {
        Span name = new Span(contact.name());
        name.addClassName("tracker-contact-name");
        Div card = new Div(name);
        if (contact.role() != null) {
            card.add(new Div(roleBadge(contact)));
        }
        if (contact.email() != null) {
            card.add(emailLink(contact.email()));
        }
        if (contact.phone() != null) {
            card.add(phoneLink(contact.phone()));
        }
        if (contact.applicationCount() > 0) {
            card.add(applicationsToggle(contact, false));
        }
        card.addClassName("tracker-contact");
        return card;
    }

    /**
     * The number of linked applications; when there are any, it opens the list of links below the row. Only the
     * desktop column's copy carries an id, so that ids stay unique.
     */
    private Component applicationsToggle(ContactSummary contact, boolean withId) {
        String label = getTranslation("tracker.contacts.applications", contact.applicationCount());
        if (contact.applicationCount() == 0) {
            Span none = new Span(label);
            none.addClassName("tracker-muted");
            return none;
        }
        Button toggle = new Button(label, VaadinIcon.ANGLE_DOWN.create(),
                e -> grid.setDetailsVisible(contact, !grid.isDetailsVisible(contact)));
        toggle.setIconAfterText(true);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.setTooltipText(getTranslation("tracker.contacts.showApplications", contact.name()));
        if (withId) {
            toggle.setId("contact-applications-" + contact.id());
        }
        return toggle;
    }

    private Component linkedApplications(ContactSummary contact) {
        UnorderedList list = new UnorderedList();
        list.addClassName("tracker-contact-applications");
        list.setId("contact-links-" + contact.id());
        try {
            for (LinkedApplication application : contacts.applicationsOf(contact.id())) {
                RouterLink link = new RouterLink(application.company() + " — " + application.title(),
                        ApplicationDetailView.class, ApplicationDetailView.parameters(application.id()));
                ListItem item = new ListItem(link, TrackerUi.stageBadge(application.stage(),
                        getTranslation(application.stage().messageKey())));
                list.add(item);
            }
        } catch (NotFoundException e) {
            return new Paragraph(getTranslation("tracker.contacts.gone"));
        }
        return list;
    }

    private Component actions(ContactSummary contact) {
        Button edit = TrackerUi.iconButton(this, VaadinIcon.EDIT, "tracker.contact.edit", e -> edit(contact));
        Button delete = TrackerUi.iconButton(this, VaadinIcon.TRASH, "tracker.contacts.delete",
                e -> confirmDelete(contact));
        delete.addThemeVariants(ButtonVariant.ERROR);
        Div actions = new Div(edit, delete);
        actions.addClassName("tracker-row-actions");
        return actions;
    }

    private void create() {
        new ContactDialog(this, draft -> {
            ContactData created = contacts.create(draft);
            refresh();
            Notifications.success(getTranslation("tracker.contacts.saved", created.name()));
        }).open();
    }

    private void edit(ContactSummary contact) {
        new ContactDialog(this, contact.toData(), draft -> {
            try {
                ContactData saved = contacts.update(contact.id(), draft);
                refresh();
                Notifications.success(getTranslation("tracker.contacts.saved", saved.name()));
            } catch (NotFoundException e) {
                gone();
            }
        }).open();
    }

    private void confirmDelete(ContactSummary contact) {
        TrackerUi.confirmDelete(this, getTranslation("tracker.contacts.delete"),
                getTranslation("tracker.contacts.deleteConfirm", contact.name(), contact.applicationCount()),
                getTranslation("tracker.contacts.delete"), "contact-delete-confirm", () -> {
                    try {
                        contacts.delete(contact.id());
                        refresh();
                        Notifications.success(getTranslation("tracker.contacts.deleted", contact.name()));
                    } catch (NotFoundException e) {
                        gone();
                    }
                });
    }

    private void gone() {
        Notifications.error(getTranslation("tracker.contacts.gone"), getTranslation("common.close"));
        refresh();
    }

    private void searchChanged(String value) {
        text = value.strip();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ROUTE, text.isEmpty() ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of(SEARCH_PARAM, text)))));
        refresh();
    }

    private void refresh() {
        boolean none = contacts.countAll() == 0;
        empty.setVisible(none);
        listArea.setVisible(!none);
        if (!none) {
            resultCount.setText(getTranslation("tracker.contacts.count", contacts.count(text)));
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(SEARCH_PARAM, List.of());
        String fromUrl = values.isEmpty() ? "" : values.getFirst();
        if (fromUrl.equals(search.getValue())) {
            text = fromUrl.strip();
            refresh();
        } else {
            search.setValue(fromUrl);
        }
    }

    Grid<ContactSummary> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return TrackerUi.title(this, "tracker.contacts.title");
    }
}
