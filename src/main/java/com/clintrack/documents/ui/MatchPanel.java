package com.clintrack.documents.ui;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.documents.DocumentLimits;
import com.clintrack.documents.KeywordCategory;
import com.clintrack.documents.KeywordMatcher;
import com.clintrack.documents.MatchResult;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Function;

/**
 * The keyword match beside the editor: paste a posting (or leave it empty for the role profile), check,
 * and see the score, how each category contributed, and what is missing with where to add it.
 */
class MatchPanel extends Composite<Div> {

    private static final double PERCENT = 100.0;

    private final TextArea posting = new TextArea();
    private final Div result = new Div();
    private final Function<String, MatchResult> matcher;

    /** @param matcher scores the editor's current content against the given posting text */
    MatchPanel(Function<String, MatchResult> matcher, String roleTitle) {
        this.matcher = matcher;
        posting.setLabel(getTranslation("documents.match.posting"));
        posting.setHelperText(getTranslation("documents.match.posting.helper", roleTitle));
        posting.setMaxLength(DocumentLimits.POSTING_MAX);
        posting.setWidthFull();
        posting.setMinHeight("8rem");
        posting.setMaxHeight("16rem");
        posting.setId("posting-text");
        Button check = new Button(getTranslation("documents.match.check"), e -> check());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId("check-match");
        result.setId("match-result");
        result.addClassName("match-result");
        result.getElement().setAttribute("aria-live", "polite");

        Details how = new Details(getTranslation("documents.match.how"));
        how.add(new Paragraph(getTranslation("documents.match.how.text",
                KeywordMatcher.WEIGHTS.get(KeywordCategory.HARD_SKILL),
                KeywordMatcher.WEIGHTS.get(KeywordCategory.CERTIFICATION),
                KeywordMatcher.WEIGHTS.get(KeywordCategory.SOFT_SKILL),
                KeywordMatcher.WEIGHTS.get(KeywordCategory.TITLE_EDUCATION))));
        how.setId("match-how");

        getContent().addClassNames("match-panel", "card");
        getContent().setId("match-panel");
        getContent().add(new H2(getTranslation("documents.match.title")), posting, check, result, how);
    }

    void setPosting(String text) {
        posting.setValue(text);
    }

    void check() {
        try {
            show(matcher.apply(posting.getValue()));
            posting.setInvalid(false);
        } catch (InvalidInputException e) {
            posting.setErrorMessage(String.join(" ", e.fieldErrors().values()));
            posting.setInvalid(true);
        } catch (RuntimeException e) {
            Notifications.error(getTranslation("documents.match.failed"), getTranslation("common.close"));
            throw e;
        }
    }

    private void show(MatchResult match) {
        result.removeAll();
        Span score = new Span(Integer.toString(match.score()));
        score.addClassName("match-score");
        score.setId("match-score");
        Span outOf = new Span(getTranslation("documents.match.outOf"));
        outOf.addClassName("match-out-of");
        Div headline = new Div(score, outOf);
        headline.addClassName("match-headline");
        Paragraph basis = new Paragraph(getTranslation("documents.match.basis." + match.basis()));
        basis.addClassName("match-basis");
        basis.setId("match-basis");
        result.add(headline, basis);

        for (KeywordCategory category : KeywordCategory.values()) {
            MatchResult.CategoryScore part = match.breakdown().get(category);
            if (part == null || part.total() == 0) {
                continue;
            }
            ProgressBar bar = new ProgressBar(0, 1, part.score() / PERCENT);
            bar.getElement().setAttribute("aria-label", getTranslation("documents.category." + category));
            Span figures = new Span(getTranslation("documents.match.figures", part.matched(), part.total(), part.weight()));
            figures.addClassName("match-figures");
            Div row = new Div(new H3(getTranslation("documents.category." + category)), figures, bar,
                    terms(part.matchedTerms(), "term-found", "documents.match.found"));
            row.addClassName("match-category");
            row.setId("match-" + category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            result.add(row);
        }

        if (match.missing().isEmpty()) {
            result.add(new Paragraph(getTranslation("documents.match.nothingMissing")));
            return;
        }
        UnorderedList missing = new UnorderedList();
        missing.setId("match-missing");
        missing.addClassName("missing-list");
        for (MatchResult.MissingTerm term : match.missing()) {
            Span name = new Span(term.term());
            name.addClassName("term-missing");
            Span where = new Span(getTranslation("documents.match.addTo",
                    getTranslation("documents.section." + term.suggestedSection())));
            where.addClassName("missing-where");
            missing.add(new ListItem(name, where));
        }
        result.add(new H3(getTranslation("documents.match.missing")), missing);
    }

    private Div terms(List<String> terms, String className, String labelKey) {
        Div list = new Div();
        list.addClassName("term-list");
        if (!terms.isEmpty()) {
            Span label = new Span(getTranslation(labelKey));
            label.addClassName("sr-label");
            list.add(label);
        }
        terms.forEach(term -> {
            Span chip = new Span("✓ " + term);
            chip.addClassName(className);
            list.add(chip);
        });
        return list;
    }
}
