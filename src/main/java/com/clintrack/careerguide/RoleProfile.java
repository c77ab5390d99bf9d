package com.clintrack.careerguide;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A role of the career guide as read from its validated data file ({@code careerguide/<slug>.json},
 * described by {@code careerguide/role-profile.schema.json}). Field names follow the file. Optional
 * lists that a file leaves out are empty; every list is immutable.
 */
public record RoleProfile(
        int schemaVersion,
        String slug,
        int version,
        String title,
        @Nullable String locale,
        String summary,
        String overview,
        List<Comparison> comparisons,
        KeyFacts keyFacts,
        List<String> responsibilities,
        WorkEnvironment workEnvironment,
        Tools tools,
        List<String> qualificationsContext,
        List<EducationPathway> educationPathways,
        List<EducationCost> educationCosts,
        String accreditation,
        List<String> educationNotes,
        @Nullable EntryRoutes entryRoutes,
        List<TechnicalSkill> technicalSkills,
        List<SoftSkill> softSkills,
        List<Step> steps,
        List<Certification> certifications,
        List<SalaryLevel> salaryByLevel,
        List<SalaryFactor> salaryFactors,
        @Nullable String salaryNote,
        List<LadderLevel> careerLadder,
        List<String> careerPathNotes,
        List<GlobalSalary> globalSalaries,
        List<String> globalNotes,
        Market market,
        List<Specialization> specializations,
        List<String> specializationNotes,
        List<String> pros,
        List<String> cons,
        List<String> prosConsNotes,
        List<Faq> faq,
        RemoteWork remoteWork,
        List<VisaRoute> visaRoutes,
        List<String> visaNotes,
        List<RelatedCareer> relatedCareers,
        @Nullable Diversity diversity,
        List<DiversityResource> diversityResources,
        List<String> applicationToolkit,
        List<InterviewQuestion> interviewQuestions,
        List<Keyword> keywords,
        List<Source> sources) {

    public RoleProfile {
        comparisons = Lists.copy(comparisons);
        responsibilities = Lists.copy(responsibilities);
        qualificationsContext = Lists.copy(qualificationsContext);
        educationPathways = Lists.copy(educationPathways);
        educationCosts = Lists.copy(educationCosts);
        educationNotes = Lists.copy(educationNotes);
        technicalSkills = Lists.copy(technicalSkills);
        softSkills = Lists.copy(softSkills);
        steps = Lists.copy(steps);
        certifications = Lists.copy(certifications);
        salaryByLevel = Lists.copy(salaryByLevel);
        salaryFactors = Lists.copy(salaryFactors);
        careerLadder = Lists.copy(careerLadder);
        careerPathNotes = Lists.copy(careerPathNotes);
        globalSalaries = Lists.copy(globalSalaries);
        globalNotes = Lists.copy(globalNotes);
        specializations = Lists.copy(specializations);
        specializationNotes = Lists.copy(specializationNotes);
        pros = Lists.copy(pros);
        cons = Lists.copy(cons);
        prosConsNotes = Lists.copy(prosConsNotes);
        faq = Lists.copy(faq);
        visaRoutes = Lists.copy(visaRoutes);
        visaNotes = Lists.copy(visaNotes);
        relatedCareers = Lists.copy(relatedCareers);
        diversityResources = Lists.copy(diversityResources);
        applicationToolkit = Lists.copy(applicationToolkit);
        interviewQuestions = Lists.copy(interviewQuestions);
        keywords = Lists.copy(keywords);
        sources = Lists.copy(sources);
    }

    public RoleSummary toSummary() {
        return new RoleSummary(slug, title, summary);
    }

    /** The pay of a level of the career ladder, when the salary table names it. */
    public Optional<SalaryLevel> salaryOf(String level) {
        return salaryByLevel.stream().filter(salary -> salary.level().equalsIgnoreCase(level)).findFirst();
    }

    public record Comparison(String role, String difference) {
    }

    /**
     * @param salaryRangeUsd the usual U.S. pay range; {@code openEnded} means "max and more"
     * @param growthPeriod years of the growth projection, for example {@code 2022-2032}
     */
    public record KeyFacts(long medianSalaryUsd, String medianSalaryNote, SalaryRange salaryRangeUsd,
            double growthPercent, String growthPeriod, String growthLabel, long annualOpenings,
            boolean annualOpeningsApproximate, List<String> topIndustries, String typicalEducation) {

        public KeyFacts {
            topIndustries = Lists.copy(topIndustries);
        }
    }

    public record SalaryRange(long min, long max, boolean openEnded, @Nullable String label) {
    }

    public record WorkEnvironment(String settings, String schedule, List<String> physicalDemands,
            List<String> possibleShifts) {

        public WorkEnvironment {
            physicalDemands = Lists.copy(physicalDemands);
            possibleShifts = Lists.copy(possibleShifts);
        }
    }

    public record Tools(List<String> equipment, List<ToolUse> equipmentDetails, List<String> ehrSystems,
            List<String> ehrUses, List<String> other, List<ToolUse> otherDetails) {

        public Tools {
            equipment = Lists.copy(equipment);
            equipmentDetails = Lists.copy(equipmentDetails);
            ehrSystems = Lists.copy(ehrSystems);
            ehrUses = Lists.copy(ehrUses);
            other = Lists.copy(other);
            otherDetails = Lists.copy(otherDetails);
        }
    }

    public record ToolUse(String name, String use) {
    }

    public record EducationPathway(String name, String description, @Nullable String duration,
            @Nullable String cost) {
    }

    public record EducationCost(String program, long costMinUsd, long costMaxUsd, String duration,
            @Nullable String note) {
    }

    public record EntryRoutes(@Nullable String completeBeginners, @Nullable String careerChangers,
            List<String> notes) {

        public EntryRoutes {
            notes = Lists.copy(notes);
        }
    }

    public record TechnicalSkill(String name, String description, List<String> examples) {

        public TechnicalSkill {
            examples = Lists.copy(examples);
        }
    }

    public record SoftSkill(String name, String why) {
    }

    public record Step(int order, String title, String description, @Nullable String duration,
            @Nullable String hours, @Nullable Integer hoursMin, @Nullable Integer hoursMax,
            List<String> relatedCertifications) {

        public Step {
            relatedCertifications = Lists.copy(relatedCertifications);
        }
    }

    /**
     * @param renewalYears null where renewal is not a fixed period (for example set by each state)
     * @param source where the issuer and renewal facts come from
     * @param mentionedInSeed whether the role's seed guide names this certification
     */
    public record Certification(String code, String name, String issuer, @Nullable Integer renewalYears,
            String renewalNote, String source, boolean mentionedInSeed, @Nullable String seedContext) {
    }

    public record SalaryLevel(String level, long medianUsd, long averageUsd) {
    }

    public record SalaryFactor(String factor, String detail) {
    }

    /** @param yearsTo null for the open-ended last level */
    public record LadderLevel(String title, int yearsFrom, @Nullable Integer yearsTo, @Nullable String yearsLabel,
            List<String> responsibilities, List<String> focusAreas) {

        public LadderLevel {
            responsibilities = Lists.copy(responsibilities);
            focusAreas = Lists.copy(focusAreas);
        }
    }

    /** Yearly pay in one country: in its currency (ISO 4217 code) and in U.S. dollars. */
    public record GlobalSalary(String country, @Nullable String region, String currency, long localMin,
            long localMax, long usdMin, long usdMax, @Nullable String note) {
    }

    public record Market(List<String> outlook, List<String> challenges, List<String> opportunities,
            List<String> trends, List<String> hiringUptickQuarters) {

        public Market {
            outlook = Lists.copy(outlook);
            challenges = Lists.copy(challenges);
            opportunities = Lists.copy(opportunities);
            trends = Lists.copy(trends);
            hiringUptickQuarters = Lists.copy(hiringUptickQuarters);
        }
    }

    public record Specialization(String name, String description) {
    }

    public record Faq(String question, String answer) {
    }

    public record RemoteWork(String summary, List<String> facts) {

        public RemoteWork {
            facts = Lists.copy(facts);
        }
    }

    public record VisaRoute(String country, String routes) {
    }

    public record RelatedCareer(String title, String description) {
    }

    public record Diversity(@Nullable String overview, List<String> inclusiveHiring,
            @Nullable WorkplaceCulture workplaceCulture) {

        public Diversity {
            inclusiveHiring = Lists.copy(inclusiveHiring);
        }
    }

    public record WorkplaceCulture(@Nullable String summary, List<String> greenFlags, List<String> redFlags,
            @Nullable String tip) {

        public WorkplaceCulture {
            greenFlags = Lists.copy(greenFlags);
            redFlags = Lists.copy(redFlags);
        }
    }

    public record DiversityResource(String name, @Nullable String kind, String description) {
    }

    public record Source(String id, String name, @Nullable String note) {
    }
}
