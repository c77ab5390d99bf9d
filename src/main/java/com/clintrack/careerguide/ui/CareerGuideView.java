package com.clintrack.careerguide.ui;

import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.careerguide.KeywordIndex;
import com.clintrack.careerguide.RoleProfile;
import com.clintrack.careerguide.RoleProfileService;
import com.clintrack.careerguide.RoleSummary;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The career guide of one role ({@code /career-guide/clinical-technician}; {@code /career-guide} opens the
 * default role). Every section has an anchor for deep links ({@code #salary}), and one search box filters all
 * sections at once.
 */
@Route("career-guide/:" + CareerGuideView.SLUG + "?")
@PermitAll
public class CareerGuideView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";
    /** Vaadin renders the page after the browser looked for the #fragment, so scroll to it once rendered. */
    private static final String SCROLL_TO_FRAGMENT = """
            const id = decodeURIComponent(window.location.hash.substring(1));
            if (id) {
              requestAnimationFrame(() => {
                const target = document.getElementById(id);
                if (target) { target.scrollIntoView(); }
              });
            }""";

    private final RoleProfileService roles;
    private final CurrentUser currentUser;
    private final TextField search = new TextField();
    private final Paragraph status = new Paragraph();
    private final Div noResults = new Div();
    private @Nullable GuideSearch guideSearch;
    private @Nullable String roleTitle;

    public CareerGuideView(RoleProfileService roles, CurrentUser currentUser) {
        this.roles = roles;
        this.currentUser = currentUser;
        addClassName("guide-view");
        setPadding(true);

        search.setId("guide-search");
        search.setPlaceholder(getTranslation("guide.search"));
        search.setAriaLabel(getTranslation("guide.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("guide-search");
        search.addValueChangeListener(event -> applySearch());

        status.setId("guide-search-status");
        status.addClassName("guide-status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setVisible(false);

        Button clear = new Button(getTranslation("guide.search.clear"), event -> search.clear());
        noResults.addClassName("guide-no-results");
        noResults.setId("guide-no-results");
        noResults.add(new EmptyState(VaadinIcon.SEARCH, getTranslation("guide.search.none.title"),
                getTranslation("guide.search.none.text"), clear));
        noResults.setVisible(false);
    }

    static String path(String slug) {
        return "career-guide/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> slug = event.getRouteParameters().get(SLUG);
        if (slug.isEmpty()) {
            Optional<String> first = roles.defaultSlug();
            if (first.isPresent()) {
                event.forwardTo(CareerGuideView.class, new RouteParameters(SLUG, first.get()));
            } else {
                showEmpty(getTranslation("guide.noRoles.title"), getTranslation("guide.noRoles.text"));
            }
            return;
        }
        Optional<RoleProfile> role = roles.find(slug.get());
        if (role.isPresent()) {
            show(role.get());
        } else {
            showEmpty(getTranslation("guide.unknown.title"), getTranslation("guide.unknown.text", slug.get()));
        }
    }

    private void show(RoleProfile role) {
        removeAll();
        roleTitle = role.title();
        search.clear();
        GuideSearch searchIndex = new GuideSearch(KeywordIndex.of(role.keywords()));
        GuideContent content = new GuideContent(role, searchIndex);
        guideSearch = searchIndex;

        add(new ViewToolbar(role.title(), actions(role).toArray(Component[]::new)));
        Paragraph summary = new Paragraph(role.summary());
        summary.addClassName("view-subtitle");
        summary.addClassName("guide-summary");
        Div searchRow = new Div(search, status);
        searchRow.addClassName("guide-search-row");
        add(summary, searchRow, content.toc(), noResults, content);
        status.setVisible(false);
        noResults.setVisible(false);
        UI.getCurrent().getPage().executeJs(SCROLL_TO_FRAGMENT);
    }

    private List<Component> actions(RoleProfile role) {
        List<Component> actions = new ArrayList<>();
        List<RoleSummary> all = roles.list();
        if (all.size() > 1) {
            Select<RoleSummary> picker = new Select<>();
            picker.setId("guide-role");
            picker.setAriaLabel(getTranslation("guide.role"));
            picker.setItems(all);
            picker.setItemLabelGenerator(RoleSummary::title);
            all.stream().filter(summary -> summary.slug().equals(role.slug())).findFirst().ifPresent(picker::setValue);
            picker.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    UI.getCurrent().navigate(CareerGuideView.class, new RouteParameters(SLUG, event.getValue().slug()));
                }
            });
            actions.add(picker);
        }
        if (currentUser.get().map(AppUserPrincipal::isAdmin).orElse(false)) {
            Button manage = new Button(getTranslation("guide.manage"), VaadinIcon.COG.create(),
                    event -> UI.getCurrent().navigate(CareerGuideAdminView.class));
            manage.addThemeVariants(ButtonVariant.TERTIARY);
            manage.setId("guide-manage");
            actions.add(manage);
        }
        Button questions = new Button(getTranslation("guide.interviewQuestions", role.interviewQuestions().size()),
                VaadinIcon.COMMENTS_O.create(), event -> UI.getCurrent().navigate(InterviewQuestionsView.class,
                        new RouteParameters(SLUG, role.slug())));
        questions.addThemeVariants(ButtonVariant.PRIMARY);
        questions.setId("guide-interview-questions");
        actions.add(questions);
        return actions;
    }

    private void applySearch() {
        if (guideSearch == null) {
            return;
        }
        String query = search.getValue().strip();
        int shown = guideSearch.filter(query);
        boolean searching = !query.isEmpty();
        status.setVisible(searching && shown > 0);
        status.setText(searching ? getTranslation("guide.search.status", shown, query) : "");
        noResults.setVisible(searching && shown == 0);
    }

    private void showEmpty(String heading, String text) {
        removeAll();
        guideSearch = null;
        roleTitle = null;
        add(new ViewToolbar(getTranslation("nav.careerGuide")), new EmptyState(VaadinIcon.ACADEMY_CAP, heading, text));
    }

    @Override
    public String getPageTitle() {
        String page = roleTitle == null ? getTranslation("nav.careerGuide")
                : getTranslation("guide.pageTitle", roleTitle);
        return page + " · " + getTranslation("app.name");
    }
}
