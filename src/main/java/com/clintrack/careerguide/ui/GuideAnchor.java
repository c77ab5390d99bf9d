package com.clintrack.careerguide.ui;

/** The sections of a role's guide page, in page order. Each id is a deep-link anchor: {@code #salary}. */
enum GuideAnchor {
    KEY_FACTS("key-facts"),
    OVERVIEW("overview"),
    RESPONSIBILITIES("responsibilities"),
    TOOLS("tools"),
    SKILLS("skills"),
    EDUCATION("education"),
    STEPS("steps"),
    CERTIFICATIONS("certifications"),
    SALARY("salary"),
    CAREER_LADDER("career-ladder"),
    GLOBAL_SALARIES("global-salaries"),
    MARKET("market"),
    SPECIALIZATIONS("specializations"),
    PROS_CONS("pros-cons"),
    FAQ("faq"),
    RELATED_CAREERS("related-careers"),
    REMOTE_WORK("remote-work"),
    VISAS("visas"),
    DIVERSITY("diversity"),
    SOURCES("sources");

    private final String id;

    GuideAnchor(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    String titleKey() {
        return "guide.section." + id;
    }
}
