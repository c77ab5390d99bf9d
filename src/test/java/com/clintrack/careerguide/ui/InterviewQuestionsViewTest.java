package com.clintrack.careerguide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.careerguide.CareerGuideTest;
import com.clintrack.careerguide.Difficulty;
import com.clintrack.careerguide.InterviewCategory;
import com.clintrack.careerguide.RoleProfileService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@CareerGuideTest
class InterviewQuestionsViewTest extends SpringBrowserlessTest {

    private static final String PATH = "career-guide/clinical-technician/interview-questions";

    @Autowired
    private AccountService accounts;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private RoleProfileService roles;

    private int total;

    @BeforeEach
    void signIn() {
        TestAccounts.signIn(userDetails, TestAccounts.register(accounts, "guide-questions").email());
        total = roles.interviewQuestions("clinical-technician").size();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private int cards() {
        return find(Div.class, find(Div.class).withId("question-list").single()).withClassName("question-card")
                .all().size();
    }

    private String count() {
        return find(Paragraph.class).withId("question-count").single().getText();
    }

    @Test
    void showsTheWholeBankWithCategoryAndDifficulty() {
        InterviewQuestionsView view = navigate(PATH, InterviewQuestionsView.class);

        assertThat(total).isGreaterThanOrEqualTo(40);
        assertThat(cards()).isEqualTo(total);
        assertThat(count()).isEqualTo("Showing " + total + " of " + total + " questions");
        assertThat(view.getPageTitle()).isEqualTo("Clinical Technician interview questions · ClinTrack");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByCategoryDifficultyAndWords() {
        navigate(PATH, InterviewQuestionsView.class);
        Select<InterviewCategory> category = find(Select.class).withId("question-category").single();
        Select<Difficulty> difficulty = find(Select.class).withId("question-difficulty").single();

        test(category).selectItem("Technical");
        int technical = roles.interviewQuestions("clinical-technician", InterviewCategory.TECHNICAL, null).size();
        assertThat(cards()).isEqualTo(technical).isLessThan(total);

        test(difficulty).selectItem("Hard");
        assertThat(cards()).isEqualTo(roles.interviewQuestions("clinical-technician", InterviewCategory.TECHNICAL,
                Difficulty.HARD).size());

        category.clear();
        difficulty.clear();
        test(find(TextField.class).withId("question-search").single()).setValue("order of draw");
        assertThat(cards()).isBetween(1, total - 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersComeFromTheUrl() {
        navigate(PATH, InterviewQuestionsView.class);
        UI.getCurrent().navigate(PATH, QueryParameters.simple(Map.of("category", "situational", "difficulty", "HARD")));

        assertThat(((Select<InterviewCategory>) find(Select.class).withId("question-category").single()).getValue())
                .isEqualTo(InterviewCategory.SITUATIONAL);
        assertThat(cards()).isEqualTo(roles.interviewQuestions("clinical-technician", InterviewCategory.SITUATIONAL,
                Difficulty.HARD).size());
    }

    @Test
    void noMatchOffersToShowEverything() {
        navigate(PATH, InterviewQuestionsView.class);
        test(find(TextField.class).withId("question-search").single()).setValue("submarine periscope");
        assertThat(cards()).isZero();

        test(find(Button.class).withText("Show all questions").single()).click();

        assertThat(cards()).isEqualTo(total);
    }
}
