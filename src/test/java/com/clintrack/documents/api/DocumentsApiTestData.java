package com.clintrack.documents.api;

/** A realistic pasted resume with non-ASCII names, shared by the API and UI tests. */
public final class DocumentsApiTestData {

    public static final String PASTED = """
            Zoë Nguyễn-Łukasz
            zoe@example.com | (555) 010-2000 | Dayton, OH

            SUMMARY
            Clinical technician who is calm under pressure.

            EXPERIENCE
            Clinical Technician, Miami Valley Clinic, Dayton, OH
            Jan 2022 – Present
            - Performed venipuncture for 30 patients per shift
            - Ran 12-lead ECGs and recorded vitals in Epic

            EDUCATION
            Clinical Technician Certificate, Sinclair College, Dayton, OH, 2021

            CERTIFICATIONS
            BLS, American Heart Association, valid through Mar 2027

            SKILLS
            Phlebotomy, EKG, Teamwork
            """;

    private DocumentsApiTestData() {
    }
}
