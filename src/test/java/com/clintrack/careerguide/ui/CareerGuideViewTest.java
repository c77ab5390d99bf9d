package com.clintrack.careerguide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.careerguide.CareerGuideTest;
import com.clintrack.careerguide.RoleSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@CareerGuideTest
class CareerGuideViewTest extends SpringBrowserlessTest {

    @Autowired
    private AccountService accounts;
    @Autowired
    private UserDetailsService userDetails;

    @BeforeEach
    void signIn() {
        TestAccounts.signIn(userDetails, TestAccounts.register(accounts, "guide-view").email());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** The page's sections, found while all are visible (queries skip hidden components). */
    private final Map<GuideAnchor, GuideSection> sections = new EnumMap<>(GuideAnchor.class);
    private final List<GuideSection> allSections = new ArrayList<>();

    private CareerGuideView openClinicalTechnician() {
        return open("career-guide/clinical-technician");
    }

    private CareerGuideView open(String location) {
        CareerGuideView view = navigate(location, CareerGuideView.class);
        allSections.clear();
        allSections.addAll(find(GuideSection.class).all());
        allSections.forEach(section -> sections.put(section.anchor(), section));
        return view;
    }

    private GuideSection section(GuideAnchor anchor) {
        return sections.get(anchor);
    }

    @Test
    void theCareerGuideOpensTheDefaultRole() {
        navigate(CareerGuideView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Clinical Technician");
        assertThat(getCurrentView()).isInstanceOf(CareerGuideView.class);
    }

    @Test
    void everySectionHasItsAnchorAndATableOfContentsLink() {
        CareerGuideView view = openClinicalTechnician();

        List<String> ids = find(GuideSection.class).all().stream().map(section -> section.getId().orElseThrow()).toList();
        assertThat(ids).containsExactlyElementsOf(Arrays.stream(GuideAnchor.values()).map(GuideAnchor::id).toList());
        assertThat(find(Anchor.class).all())
                .extracting(Anchor::getHref)
                .contains("career-guide/clinical-technician#salary", "career-guide/clinical-technician#faq");
        assertThat(view.getPageTitle()).isEqualTo("Clinical Technician career guide · ClinTrack");
    }

    @Test
    void keyFactsSalaryChartLadderAndFaqShowTheProfile() {
        openClinicalTechnician();

        assertThat(text(section(GuideAnchor.KEY_FACTS))).contains("$39,180", "$30k – $50k+", "7%", "≈17,000",
                "Hospitals (State, Local, and Private)");
        String svg = find(Svg.class).withId("salary-chart").single().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("Junior Clinical Technician").contains("$65k average");
        assertThat(text(section(GuideAnchor.CAREER_LADDER))).contains("0–2 years", "7+ years",
                "Lead Clinical Technician");
        assertThat(find(AccordionPanel.class, section(GuideAnchor.FAQ)).all()).hasSize(8);
        assertThat(text(section(GuideAnchor.GLOBAL_SALARIES))).contains("¥3,500,000 – ¥5,500,000", "JPY",
                "$23,000 – $37,000");
        assertThat(text(section(GuideAnchor.CERTIFICATIONS))).contains("Renew every 2 years", "Renew every 3 years");
    }

    @Test
    void oneSearchFiltersEverySectionAndUsesKeywordSynonyms() {
        openClinicalTechnician();

        test(find(TextField.class).withId("guide-search").single()).setValue("ECG");

        assertThat(section(GuideAnchor.SKILLS).isVisible()).isTrue();
        assertThat(text(section(GuideAnchor.SKILLS))).contains("Electrocardiogram (EKG) Operation and Lead Placement");
        assertThat(section(GuideAnchor.GLOBAL_SALARIES).isVisible()).isFalse();
        assertThat(section(GuideAnchor.VISAS).isVisible()).isFalse();
        Paragraph status = find(Paragraph.class).withId("guide-search-status").single();
        assertThat(section(GuideAnchor.SKILLS).isVisible()).isTrue();
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).matches("\\d+ matches for “ECG”");

        test(find(TextField.class).withId("guide-search").single()).setValue("NAACLS accreditation");
        assertThat(section(GuideAnchor.EDUCATION).isVisible()).isTrue();
        assertThat(section(GuideAnchor.SKILLS).isVisible()).isFalse();

        test(find(TextField.class).withId("guide-search").single()).setValue("");
        assertThat(allSections).allMatch(Component::isVisible);
        assertThat(status.isVisible()).isFalse();
    }

    @Test
    void aSearchInsideAnAnswerOpensThatFaqPanel() {
        openClinicalTechnician();
        Accordion faq = find(Accordion.class, section(GuideAnchor.FAQ)).single();
        assertThat(faq.getOpenedIndex()).isEmpty();

        test(find(TextField.class).withId("guide-search").single()).setValue("CCMA");

        assertThat(faq.getOpenedIndex()).isPresent();
        assertThat(find(AccordionPanel.class, faq).all()).filteredOn(Component::isVisible).isNotEmpty();
    }

    @Test
    void aSearchWithoutMatchesSaysSoAndOffersToClear() {
        openClinicalTechnician();

        test(find(TextField.class).withId("guide-search").single()).setValue("submarine");

        assertThat(allSections).hasSize(GuideAnchor.values().length).noneMatch(Component::isVisible);
        assertThat(find(Div.class).withId("guide-no-results").single().isVisible())
                .isTrue();
    }

    @Test
    void theSecondRoleFromTheTestResourcesLoadsAndShows() {
        open("career-guide/sample-technician");

        assertThat(find(H1.class).single().getText()).isEqualTo("Sample Technician");
        assertThat(text(section(GuideAnchor.KEY_FACTS))).contains("$41,000", "3.5%");
        @SuppressWarnings("unchecked")
        Select<RoleSummary> picker = find(Select.class).withId("guide-role").single();
        assertThat(picker.getListDataView().getItems().map(RoleSummary::slug).toList())
                .contains("clinical-technician", "sample-technician");
        assertThat(picker.getValue().slug()).isEqualTo("sample-technician");
    }

    @Test
    void anUnknownRoleShowsAnEmptyState() {
        navigate("career-guide/astronaut", CareerGuideView.class);

        assertThat(find(GuideSection.class).all()).isEmpty();
        assertThat(find(H2.class).all())
                .extracting(H2::getText).contains("No such role");
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
