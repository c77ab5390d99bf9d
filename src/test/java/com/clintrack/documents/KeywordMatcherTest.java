package com.clintrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matcher on realistic clinical resumes and postings, with synonyms and negatives. */
class KeywordMatcherTest {

    private static final KeywordMatcher MATCHER = TestRoleData.bundled().matcher();

    static final String POSTING = """
            Clinical Technician – Emergency Department, Mercy Regional Hospital
            Perform venipuncture and capillary puncture following the order of draw. Obtain 12-lead EKGs and
            vital signs, perform point-of-care testing (glucose) and document in Epic. Maintain infection control
            and use PPE. Requirements: current BLS from the American Heart Association; CPT or PBT preferred.
            High school diploma or GED; completion of a phlebotomy or clinical technician program.
            Strong communication and teamwork; attention to detail.
            """;

    static final String STRONG = """
            Dana Whitfield – Clinical Technician
            SUMMARY
            Detail-oriented clinical technician, calm under pressure, a team player on a busy ED.
            EXPERIENCE
            Clinical Technician, St. Luke's Emergency Department, 2021 – Present
            - Performed 40+ blood draws per shift, including fingersticks, following the CLSI order of draw
            - Ran ECGs with correct lead placement and recorded vitals in Epic
            - Checked blood glucose with glucometers and POCT quality control
            - Followed standard precautions and donning and doffing of PPE
            EDUCATION
            Patient Care Technician certificate program, Metro Technical College; High school diploma
            CERTIFICATIONS
            AHA BLS for Healthcare Providers; Certified Phlebotomy Technician (NHA CPT)
            """;

    static final String WEAK = """
            Sam Carter
            Retail sales associate with excellent customer service.
            EXPERIENCE
            Sales Associate, Big Box Store
            - Stocked shelves and ran the register
            - Helped customers vs. online competitors
            SKILLS
            Cash handling, merchandising, Microsoft Excel
            """;

    private static List<String> terms(String text) {
        return MATCHER.find(text).stream().map(KeywordDictionary.Keyword::term).toList();
    }

    @Test
    void synonyms_count_as_the_term() {
        assertThat(terms("Skilled in venipuncture")).contains("Phlebotomy");
        assertThat(terms("Ran 12-lead ECG tracings")).contains("EKG");
        assertThat(terms("CPR certified")).contains("BLS");
        assertThat(terms("Recorded vitals every hour")).contains("Vital Signs");
        assertThat(terms("Accu-Chek glucose meters")).contains("Glucometer");
        assertThat(terms("did blood draws")).contains("Phlebotomy");
        assertThat(terms("Used the Pulse-Ox on every patient")).contains("Pulse Oximetry");
    }

    @Test
    void words_must_be_whole_and_short_acronyms_must_be_capitals() {
        assertThat(terms("This one vs. that one")).doesNotContain("Vital Signs");
        assertThat(terms("Worked in the pharmacy")).doesNotContain("Medical Assistant");
        assertThat(terms("We use a special list")).doesNotContain("Laboratory Information System");
        assertThat(terms("The lis of items")).doesNotContain("Laboratory Information System");
        assertThat(terms("LIS and Cerner")).contains("Laboratory Information System", "Cerner");
        assertThat(terms("electrocardiographic")).doesNotContain("EKG");
        assertThat(terms("Collected the bloodwork summary")).doesNotContain("Phlebotomy");
    }

    @Test
    void a_strong_clinical_resume_scores_far_above_a_weak_one() {
        MatchResult strong = MATCHER.match(STRONG, POSTING);
        MatchResult weak = MATCHER.match(WEAK, POSTING);

        assertThat(strong.basis()).isEqualTo(MatchResult.Basis.POSTING);
        assertThat(strong.score()).isGreaterThanOrEqualTo(75);
        assertThat(weak.score()).isLessThanOrEqualTo(15);
        assertThat(strong.breakdown().get(KeywordCategory.HARD_SKILL).matchedTerms())
                .contains("Phlebotomy", "Capillary Puncture", "EKG", "Vital Signs", "Point-of-Care Testing",
                        "Order of Draw", "Epic", "Infection Control", "Personal Protective Equipment");
        assertThat(strong.breakdown().get(KeywordCategory.CERTIFICATION).matchedTerms())
                .contains("BLS", "Certified Phlebotomy Technician");
        // the posting asks for communication, which this resume never claims
        assertThat(strong.breakdown().get(KeywordCategory.SOFT_SKILL).matchedTerms())
                .containsExactly("Attention to Detail", "Teamwork");
        assertThat(strong.breakdown().get(KeywordCategory.SOFT_SKILL).missingTerms()).containsExactly("Communication");
    }

    @Test
    void missing_terms_are_the_ones_truly_missing_with_a_section_each() {
        MatchResult strong = MATCHER.match(STRONG, POSTING);
        List<String> missing = strong.missing().stream().map(MatchResult.MissingTerm::term).toList();
        assertThat(missing).contains("PBT").doesNotContain("Phlebotomy", "EKG", "BLS", "Epic", "Vital Signs");

        MatchResult weak = MATCHER.match(WEAK, POSTING);
        Map<String, ResumeSection> sections = new java.util.HashMap<>();
        weak.missing().forEach(m -> sections.put(m.term(), m.suggestedSection()));
        assertThat(sections).containsEntry("Phlebotomy", ResumeSection.SKILLS)
                .containsEntry("BLS", ResumeSection.CERTIFICATIONS)
                .containsEntry("Teamwork", ResumeSection.SUMMARY)
                .containsEntry("High School Diploma", ResumeSection.EDUCATION)
                .containsEntry("Clinical Technician", ResumeSection.SUMMARY);
        assertThat(sections).doesNotContainKey("Microsoft Office");
    }

    @Test
    void the_score_is_the_weighted_share_of_wanted_terms() {
        MatchResult result = MATCHER.match("Phlebotomy. BLS.", "Phlebotomy and EKG required. BLS required.");
        // hard skills 1 of 2 (weight 50), certifications 1 of 1 (weight 20); the other categories are not asked
        assertThat(result.breakdown().get(KeywordCategory.HARD_SKILL).score()).isEqualTo(50);
        assertThat(result.breakdown().get(KeywordCategory.CERTIFICATION).score()).isEqualTo(100);
        assertThat(result.breakdown().get(KeywordCategory.SOFT_SKILL).weight()).isZero();
        assertThat(result.score()).isEqualTo(Math.round((50 * 0.5 + 20 * 1.0) * 100 / 70));
    }

    @Test
    void without_a_posting_the_role_profile_is_the_target_and_the_result_is_deterministic() {
        MatchResult first = MATCHER.match(STRONG, "");
        MatchResult again = MATCHER.match(STRONG, null);
        assertThat(first.basis()).isEqualTo(MatchResult.Basis.ROLE_PROFILE);
        assertThat(first).isEqualTo(again);
        assertThat(first.score()).isGreaterThan(MATCHER.match(WEAK, null).score());
        assertThat(MATCHER.match(WEAK, "We sell shoes and need a cashier.").basis())
                .isEqualTo(MatchResult.Basis.ROLE_PROFILE);
    }

    @Test
    void an_ekg_posting_rewards_ekg_experience_over_lab_experience() {
        String ekgPosting = "EKG Technician: perform 12-lead ECGs, Holter monitor hookups and telemetry monitoring. BLS required.";
        String ekgResume = "EKG Tech at Heart Center. Ran electrocardiograms and Holter monitoring daily. BLS/CPR.";
        String labResume = "Lab assistant. Centrifuged and accessioned specimens, maintained the LIS. CPR.";
        MatchResult ekg = MATCHER.match(ekgResume, ekgPosting);
        MatchResult lab = MATCHER.match(labResume, ekgPosting);
        assertThat(ekg.score()).isGreaterThan(lab.score() + 30);
        assertThat(lab.missing()).extracting(MatchResult.MissingTerm::term).contains("EKG", "Telemetry", "EKG Technician");
    }
}
