package com.clintrack.documents;

import java.util.List;

/**
 * The port through which documents read the role's data (keywords, the clinical skills checklist).
 * {@link CareerGuideRoleData} reads it from the career guide's service.
 */
public interface RoleData {

    KeywordDictionary dictionary();

    /** The clinical skills a resume can tick, in the role's own order. */
    List<String> clinicalChecklist();

    /** The role's technical skills and their examples, for suggested bullets and drafted letters. */
    List<String> technicalSkills();

    /** The role's soft skills, by name. */
    List<String> softSkills();

    /** The keyword matcher compiled for this role data. */
    KeywordMatcher matcher();
}
