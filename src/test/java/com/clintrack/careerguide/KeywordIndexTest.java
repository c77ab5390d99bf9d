package com.clintrack.careerguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordIndexTest {

    private final KeywordIndex index = KeywordIndex.of(List.of(
            new Keyword("EKG", KeywordCategory.HARD_SKILL, List.of("ECG", "12-lead"), null),
            new Keyword("Vital Signs", KeywordCategory.HARD_SKILL, List.of("vitals", "VS"), null),
            new Keyword("Phlebotomy", KeywordCategory.HARD_SKILL, List.of("blood draw", "venipuncture"), null)));

    @Test
    void findsTermsAndSynonymsAsWholeWordsInAnyCase() {
        assertThat(index.find("Ran a 12-lead ecg and took VITALS")).extracting(Keyword::term)
                .containsExactly("EKG", "Vital Signs");
        assertThat(index.find("Every Blood Draw labelled at the bedside")).extracting(Keyword::term)
                .containsExactly("Phlebotomy");
    }

    @Test
    void ignoresWordsInsideLongerWords() {
        assertThat(index.find("canvas bags and ECGs")).isEmpty();
    }
}
