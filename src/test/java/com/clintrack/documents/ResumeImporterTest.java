package com.clintrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pasted text into sections, and the text export read back. */
class ResumeImporterTest {

    @Test
    void the_text_export_reads_back_into_the_same_sections() {
        ResumeContent original = new ResumeContent(
                new ResumeContent.Contact("Ana Sofía Peña", "ana@example.com", "(555) 010-3333", "El Paso, TX", "https://example.com/ana"),
                "Phlebotomist moving into a clinical technician role.",
                List.of(new ResumeContent.Experience("Phlebotomist", "Desert Labs", "El Paso, TX", "May 2020", "Present",
                        List.of("Drew blood from 50 patients a day", "Trained two new hires on the order of draw"))),
                List.of(new ResumeContent.Education("Phlebotomy Certificate", "El Paso Community College", "El Paso, TX", "2019")),
                List.of(new ResumeContent.Certification("Phlebotomy Technician (PBT)", "ASCP", "", LocalDate.of(2019, 8, 1),
                        LocalDate.of(2028, 8, 31))),
                List.of("Epic", "Spanish"), List.of("Phlebotomy", "Vital Signs"),
                List.of(new ResumeContent.ClinicalHours("Del Sol Medical Center", "Extern", 120, "2019",
                        "Rotated through the outpatient draw station.")));

        ResumeContent parsed = ResumeImporter.parse(ResumeText.of(original));

        assertThat(parsed.contact()).isEqualTo(original.contact());
        assertThat(parsed.summary()).isEqualTo(original.summary());
        assertThat(parsed.experience()).isEqualTo(original.experience());
        assertThat(parsed.education()).isEqualTo(original.education());
        assertThat(parsed.certifications()).isEqualTo(original.certifications());
        assertThat(parsed.skills()).isEqualTo(original.skills());
        assertThat(parsed.clinicalSkills()).isEqualTo(original.clinicalSkills());
        assertThat(parsed.clinicalHours()).hasSize(1);
        assertThat(parsed.clinicalHours().getFirst().hours()).isEqualTo(120);
        assertThat(parsed.clinicalHours().getFirst().site()).isEqualTo("Del Sol Medical Center");
    }

    @Test
    void common_headings_and_bullets_are_recognised() {
        ResumeContent parsed = ResumeImporter.parse("""
                Chris Doe
                chris@example.com • 555-010-4444

                Professional Summary:
                Reliable and caring.

                Work History
                Patient Care Technician | General Hospital | 2018 - 2022
                • Took vitals for 12 patients
                • Assisted with ADLs

                Licenses and Certifications
                CNA – State of Ohio, expires 06/2026

                Core Competencies
                Vital signs; EKG; Teamwork
                """);
        assertThat(parsed.contact().fullName()).isEqualTo("Chris Doe");
        assertThat(parsed.contact().phone()).isEqualTo("555-010-4444");
        assertThat(parsed.summary()).isEqualTo("Reliable and caring.");
        assertThat(parsed.experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Patient Care Technician");
            assertThat(job.employer()).isEqualTo("General Hospital");
            assertThat(job.start()).isEqualTo("2018");
            assertThat(job.end()).isEqualTo("2022");
            assertThat(job.bullets()).containsExactly("Took vitals for 12 patients", "Assisted with ADLs");
        });
        assertThat(parsed.certifications()).singleElement().satisfies(cert -> {
            assertThat(cert.name()).isEqualTo("CNA");
            assertThat(cert.expires()).isEqualTo(LocalDate.of(2026, 6, 30));
        });
        assertThat(parsed.skills()).containsExactly("Vital signs", "EKG", "Teamwork");
    }
}
