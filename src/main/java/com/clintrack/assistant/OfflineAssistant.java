package com.clintrack.assistant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The default engine: fixed templates filled with the role data and what the keyword matcher found.
 * Deterministic (the same brief gives the same text), fast, and it sends nothing anywhere.
 */
@Component
public class OfflineAssistant implements AssistantEngine {

    private static final int SKILLS_IN_LETTER = 4;
    private static final int HIGHLIGHTS_IN_LETTER = 2;
    private static final int GAPS_IN_LETTER = 2;
    private static final int SHORT_ANSWER_WORDS = 60;
    private static final int LONG_ANSWER_WORDS = 350;
    private static final int FULL_SCORE = 100;
    private static final int STAR_PART_POINTS = 15;
    private static final int LENGTH_POINTS = 20;
    private static final int COVERAGE_POINTS = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final List<String> VERBS = List.of("Performed", "Completed", "Maintained", "Supported",
            "Documented", "Prepared");

    @Override
    public String draftCoverLetter(CoverLetterBrief brief) {
        String company = brief.company().isBlank() ? "your organization" : brief.company();
        String job = brief.jobTitle().isBlank() ? brief.roleTitle() : brief.jobTitle();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(brief.company().isBlank() ? "Dear Hiring Manager," : "Dear " + brief.company() + " hiring team,");
        paragraphs.add(switch (brief.tone()) {
            case PROFESSIONAL -> "I am writing to apply for the " + job + " position at " + company + ". "
                    + experienceClause(brief) + " I would like to bring that steady, careful work to your team.";
            case WARM -> "When I saw that " + company + " is looking for a " + job + ", I knew I wanted to apply. "
                    + experienceClause(brief) + " Helping patients feel safe and cared for is the part of the job I enjoy most.";
            case CONFIDENT -> company + " needs a " + job + " who can be trusted from the first shift, and I am ready to be that person. "
                    + experienceClause(brief);
        });
        List<String> skills = brief.matchedTerms().stream().limit(SKILLS_IN_LETTER).toList();
        if (!skills.isEmpty()) {
            String opening = switch (brief.tone()) {
                case PROFESSIONAL -> "Your posting asks for " + list(skills) + ", and these are part of my daily work.";
                case WARM -> "I noticed your posting mentions " + list(skills) + ". I have practiced each of these with real patients.";
                case CONFIDENT -> "You asked for " + list(skills) + ". I do all of them well.";
            };
            StringBuilder skillParagraph = new StringBuilder(opening);
            List<String> highlights = brief.highlights().stream().limit(HIGHLIGHTS_IN_LETTER).toList();
            for (int i = 0; i < highlights.size(); i++) {
                String lead = i == 0 ? "For example, I " : "I also ";
                skillParagraph.append(' ').append(sentence(lead + lowerFirst(highlights.get(i))));
            }
            paragraphs.add(skillParagraph.toString());
        }
        List<String> credentials = new ArrayList<>();
        if (!brief.certifications().isEmpty()) {
            credentials.add("I hold " + list(brief.certifications()) + ".");
        }
        if (brief.clinicalHours() > 0) {
            credentials.add("I have completed " + brief.clinicalHours()
                    + " hours of supervised clinical experience, following infection control and patient identification protocols.");
        }
        List<String> gaps = brief.missingTerms().stream().limit(GAPS_IN_LETTER).toList();
        if (!gaps.isEmpty() && brief.tone() != Tone.CONFIDENT) {
            credentials.add("I am also keen to build further experience in " + list(gaps) + " with your team.");
        }
        if (!credentials.isEmpty()) {
            paragraphs.add(String.join(" ", credentials));
        }
        paragraphs.add(switch (brief.tone()) {
            case PROFESSIONAL -> "Thank you for considering my application. I would welcome the chance to discuss how I can support your patients and staff.";
            case WARM -> "Thank you for reading my letter. I would love to talk with you about how I can help your patients and your team.";
            case CONFIDENT -> "I would like to meet and show you what I can do. I am available for an interview at your convenience.";
        });
        String name = brief.applicantName().isBlank() ? "[Your name]" : brief.applicantName();
        paragraphs.add("Sincerely,\n" + name + (brief.contactLine().isBlank() ? "" : "\n" + brief.contactLine()));
        return String.join("\n\n", paragraphs);
    }

    private static String experienceClause(CoverLetterBrief brief) {
        if (!brief.latestTitle().isBlank() && !brief.latestEmployer().isBlank()) {
            return "As a " + brief.latestTitle() + " at " + brief.latestEmployer()
                    + ", I have learned to keep patients comfortable while getting every detail right.";
        }
        if (brief.clinicalHours() > 0) {
            return "My clinical externship taught me to keep patients comfortable while getting every detail right.";
        }
        return "My training has prepared me to keep patients comfortable while getting every detail right.";
    }

    @Override
    public List<String> suggestBullets(BulletBrief brief) {
        List<String> bullets = new ArrayList<>();
        List<String> skills = brief.skills().isEmpty() ? List.of("patient care") : brief.skills();
        String where = brief.employer().isBlank() ? "the clinic" : brief.employer();
        for (int i = 0; i < brief.count(); i++) {
            String skill = skills.get(i % skills.size());
            String verb = VERBS.get(i % VERBS.size());
            bullets.add(switch (i % 3) {
                case 0 -> verb + " " + skill.toLowerCase(Locale.ENGLISH) + " for [number] patients per shift at "
                        + where + ", with no documentation errors";
                case 1 -> verb + " " + skill.toLowerCase(Locale.ENGLISH)
                        + " following site protocols, cutting patient wait times by [number] minutes";
                default -> verb + " " + skill.toLowerCase(Locale.ENGLISH)
                        + " alongside nurses and physicians, recording results in the EHR the same shift";
            });
        }
        return bullets;
    }

    @Override
    public AnswerReview reviewAnswer(AnswerBrief brief) {
        String answer = brief.answer().toLowerCase(Locale.ENGLISH);
        int words = (int) WORD.matcher(answer).results().count();
        List<String> strengths = new ArrayList<>();
        List<String> improvements = new ArrayList<>();
        int score = 0;
        score += star(answer, List.of("when ", "during ", "at my ", "while ", "once "), "You set the scene.",
                "Start with the situation: where you were and what was happening.", strengths, improvements);
        score += star(answer, List.of("i needed", "my job", "my task", "i was responsible", "i had to"),
                "You said what was yours to do.", "Say what your task or responsibility was.", strengths, improvements);
        score += star(answer, List.of("i checked", "i asked", "i told", "i followed", "i made", "i used", "i reported",
                "i explained", "i called", "i stopped", "i took"), "You described your own actions.",
                "Describe what you did yourself, with \"I\" rather than \"we\".", strengths, improvements);
        score += star(answer, List.of("result", "as a result", "in the end", "afterwards", "since then", "so that",
                "outcome"), "You finished with a result.", "Finish with the result, and what you learned.",
                strengths, improvements);
        if (words >= SHORT_ANSWER_WORDS && words <= LONG_ANSWER_WORDS) {
            score += LENGTH_POINTS;
            strengths.add("The length suits a spoken answer.");
        } else if (words < SHORT_ANSWER_WORDS) {
            improvements.add("Add detail: a strong answer takes about one to two minutes to say.");
        } else {
            improvements.add("Shorten it: keep to the one example that best answers the question.");
        }
        if (NUMBER.matcher(answer).find()) {
            strengths.add("You used a number, which makes the example concrete.");
        }
        Set<String> missed = new LinkedHashSet<>();
        int covered = 0;
        for (String point : brief.expectedPoints()) {
            if (mentions(answer, point)) {
                covered++;
            } else {
                missed.add(point);
            }
        }
        if (!brief.expectedPoints().isEmpty()) {
            score += COVERAGE_POINTS * covered / brief.expectedPoints().size();
            missed.forEach(point -> improvements.add("Touch on: " + point + "."));
        } else {
            score += COVERAGE_POINTS;
        }
        return new AnswerReview(Math.min(FULL_SCORE, score), strengths, improvements);
    }

    private static int star(String answer, List<String> markers, String strength, String improvement,
            List<String> strengths, List<String> improvements) {
        if (markers.stream().anyMatch(answer::contains)) {
            strengths.add(strength);
            return STAR_PART_POINTS;
        }
        improvements.add(improvement);
        return 0;
    }

    /** A point counts as made when most of its longer words occur in the answer. */
    private static boolean mentions(String answer, String point) {
        List<String> words = WORD.matcher(point.toLowerCase(Locale.ENGLISH)).results().map(m -> m.group())
                .filter(word -> word.length() > 3).toList();
        if (words.isEmpty()) {
            return true;
        }
        long present = words.stream().filter(answer::contains).count();
        return present * 2 >= words.size();
    }

    @Override
    public CoachingPlan coachingPlan(CoachingBrief brief) {
        List<CoachingPlan.Step> steps = new ArrayList<>();
        int week = 1;
        for (String certification : brief.missingCertifications()) {
            if (week > brief.weeks()) {
                break;
            }
            steps.add(new CoachingPlan.Step(week++, certification,
                    "Find an approved " + certification + " course or exam date, book it, and study one hour a day."));
        }
        for (String skill : brief.missingSkills()) {
            if (week > brief.weeks()) {
                break;
            }
            steps.add(new CoachingPlan.Step(week++, skill, "Ask to shadow or practise " + skill.toLowerCase(Locale.ENGLISH)
                    + " under supervision, then add one resume bullet that shows it."));
        }
        if (week <= brief.weeks()) {
            steps.add(new CoachingPlan.Step(week, "Interview practice",
                    "Answer three " + brief.roleTitle() + " interview questions aloud with the STAR method."));
        }
        return new CoachingPlan(steps);
    }

    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String lowerFirst(String text) {
        String stripped = text.strip();
        if (stripped.length() > 1 && Character.isUpperCase(stripped.charAt(0)) && Character.isLowerCase(stripped.charAt(1))) {
            return Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
        }
        return stripped;
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped : stripped + ".";
    }
}
