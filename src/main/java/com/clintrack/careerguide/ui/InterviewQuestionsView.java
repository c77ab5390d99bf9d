package com.clintrack.careerguide.ui;

import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.careerguide.Difficulty;
import com.clintrack.careerguide.InterviewCategory;
import com.clintrack.careerguide.InterviewQuestion;
import com.clintrack.careerguide.RoleProfile;
import com.clintrack.careerguide.RoleProfileService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A role's interview question bank, filterable by category, difficulty and words. The filters live in the
 * URL ({@code ?category=TECHNICAL&difficulty=HARD}), so a filtered list can be bookmarked or shared.
 */
@Route("career-guide/:" + CareerGuideView.SLUG + "/interview-questions")
@PermitAll
public class InterviewQuestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CATEGORY = "category";
    static final String DIFFICULTY = "difficulty";

    private final RoleProfileService roles;
    private final Select<InterviewCategory> category = new Select<>();
    private final Select<Difficulty> difficulty = new Select<>();
    private final TextField words = new TextField();
    private final Paragraph count = new Paragraph();
    private final Div list = new Div();
    private final Div empty = new Div();
    private @Nullable RoleProfile role;

    public InterviewQuestionsView(RoleProfileService roles) {
        this.roles = roles;
        addClassName("questions-view");

        category.setId("question-category");
        category.setLabel(getTranslation("guide.questions.category"));
        category.setItems(InterviewCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("guide.questions.allCategories"));
        category.setItemLabelGenerator(value -> value == null ? getTranslation("guide.questions.allCategories")
                : categoryLabel(value));
        difficulty.setId("question-difficulty");
        difficulty.setLabel(getTranslation("guide.questions.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setEmptySelectionAllowed(true);
        difficulty.setEmptySelectionCaption(getTranslation("guide.questions.allDifficulties"));
        difficulty.setItemLabelGenerator(value -> value == null ? getTranslation("guide.questions.allDifficulties")
                : difficultyLabel(value));
        words.setId("question-search");
        words.setLabel(getTranslation("guide.questions.words"));
        words.setPlaceholder(getTranslation("guide.questions.wordsPlaceholder"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);

        category.addValueChangeListener(event -> refresh(event.isFromClient()));
        difficulty.addValueChangeListener(event -> refresh(event.isFromClient()));
        words.addValueChangeListener(event -> refresh(false));

        count.setId("question-count");
        count.addClassName("guide-status");
        count.getElement().setAttribute("aria-live", "polite");
        list.setId("question-list");
        list.addClassName("question-list");
        Button showAll = new Button(getTranslation("guide.questions.showAll"), event -> {
            words.clear();
            category.clear();
            difficulty.clear();
            refresh(true);
        });
        empty.add(new EmptyState(VaadinIcon.COMMENTS_O, getTranslation("guide.questions.none.title"),
                getTranslation("guide.questions.none.text"), showAll));
        empty.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(CareerGuideView.SLUG).orElse("");
        Optional<RoleProfile> found = roles.find(slug);
        removeAll();
        if (found.isEmpty()) {
            role = null;
            add(new ViewToolbar(getTranslation("guide.questions.heading")),
                    new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("guide.unknown.title"),
                            getTranslation("guide.unknown.text", slug)));
            return;
        }
        role = found.get();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        category.setValue(parse(InterviewCategory.class, query.get(CATEGORY)));
        difficulty.setValue(parse(Difficulty.class, query.get(DIFFICULTY)));
        words.clear();

        Button back = new Button(getTranslation("guide.questions.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(CareerGuideView.class, new RouteParameters(CareerGuideView.SLUG, slug)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setId("questions-back");
        Paragraph intro = new Paragraph(getTranslation("guide.questions.intro", role.title()));
        intro.addClassName("view-subtitle");
        Div filters = new Div(category, difficulty, words);
        filters.addClassName("question-filters");
        add(new ViewToolbar(getTranslation("guide.questions.title", role.title()), back), intro, filters, count, empty,
                list);
        refresh(false);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, values.getFirst().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private void refresh(boolean updateUrl) {
        RoleProfile current = role;
        if (current == null) {
            return;
        }
        List<String> filterWords = GuideSearch.words(words.getValue());
        List<InterviewQuestion> shown = roles.interviewQuestions(current.slug(), category.getValue(),
                        difficulty.getValue()).stream()
                .filter(question -> filterWords.isEmpty() || GuideSearch.matches(GuideSearch.normalize(
                        question.topic() + " " + question.question() + " " + question.guidance()), filterWords))
                .toList();
        list.removeAll();
        shown.forEach(question -> list.add(card(question)));
        count.setText(getTranslation("guide.questions.count", shown.size(), current.interviewQuestions().size()));
        empty.setVisible(shown.isEmpty());
        if (updateUrl) {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (category.getValue() != null) {
                parameters.put(CATEGORY, category.getValue().name());
            }
            if (difficulty.getValue() != null) {
                parameters.put(DIFFICULTY, difficulty.getValue().name());
            }
            UI.getCurrent().getPage().getHistory().replaceState(null, new Location(
                    CareerGuideView.path(current.slug()) + "/interview-questions", QueryParameters.simple(parameters)));
        }
    }

    private Div card(InterviewQuestion question) {
        Badge kind = new Badge(categoryLabel(question.category()));
        kind.addThemeVariants(BadgeVariant.CONTRAST);
        Badge level = new Badge(difficultyLabel(question.difficulty()));
        level.addThemeVariants(switch (question.difficulty()) {
            case EASY -> BadgeVariant.SUCCESS;
            case MEDIUM -> BadgeVariant.WARNING;
            case HARD -> BadgeVariant.ERROR;
        });
        Span topic = new Span(question.topic());
        topic.addClassName("guide-small");
        Div head = new Div(kind, level, topic);
        head.addClassName("badge-row");
        Div answer = new Div(new Paragraph(question.guidance()));
        if (question.source() != null) {
            Span source = new Span(getTranslation("guide.cert.source", question.source()));
            source.addClassName("guide-small");
            answer.add(source);
        }
        Details guidance = new Details(getTranslation("guide.questions.guidance"), answer);
        H3 text = new H3(question.question());
        text.addClassName("question-text");
        Div card = new Div(head, text, guidance);
        card.addClassName("question-card");
        card.setId(question.id());
        return card;
    }

    private String categoryLabel(InterviewCategory value) {
        return getTranslation("guide.questions.category." + value.name());
    }

    private String difficultyLabel(Difficulty value) {
        return getTranslation("guide.questions.difficulty." + value.name());
    }

    @Override
    public String getPageTitle() {
        String heading = role == null ? getTranslation("guide.questions.heading")
                : getTranslation("guide.questions.title", role.title());
        return heading + " · " + getTranslation("app.name");
    }
}
