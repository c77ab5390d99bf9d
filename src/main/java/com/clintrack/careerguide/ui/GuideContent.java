package com.clintrack.careerguide.ui;

import com.clintrack.careerguide.RoleProfile;
import com.clintrack.careerguide.RoleProfile.Certification;
import com.clintrack.careerguide.RoleProfile.GlobalSalary;
import com.clintrack.careerguide.RoleProfile.LadderLevel;
import com.clintrack.careerguide.RoleProfile.SalaryLevel;
import com.clintrack.careerguide.RoleProfile.Step;
import com.clintrack.careerguide.RoleProfile.ToolUse;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every section of one role's guide page, built from its profile, with a table of contents. Each section
 * registers its items with the page's {@link GuideSearch}.
 */
final class GuideContent extends Div {

    private static final String SEP = " · ";

    private final RoleProfile role;
    private final GuideSearch search;
    private final Nav toc = new Nav();
    private final List<GuideSection> sections = new ArrayList<>();

    GuideContent(RoleProfile role, GuideSearch search) {
        this.role = role;
        this.search = search;
        addClassName("guide-content");
        toc.addClassName("guide-toc");
        toc.setAriaLabel(getTranslation("guide.toc"));

        keyFacts();
        overview();
        responsibilities();
        tools();
        skills();
        education();
        steps();
        certifications();
        salary();
        careerLadder();
        globalSalaries();
        market();
        specializations();
        prosAndCons();
        faq();
        relatedCareers();
        remoteWork();
        visas();
        diversity();
        sources();
    }

    /** The table of contents: one link per section, hidden with its section while searching. */
    Nav toc() {
        return toc;
    }

    List<GuideSection> sections() {
        return List.copyOf(sections);
    }

    private GuideSection section(GuideAnchor anchor) {
        GuideSection section = new GuideSection(anchor, getTranslation(anchor.titleKey()), search::searchText);
        Anchor link = new Anchor(CareerGuideView.path(role.slug()) + "#" + anchor.id(), section.title());
        link.addClassName("guide-toc-link");
        toc.add(link);
        search.register(section, link);
        sections.add(section);
        add(section);
        return section;
    }

    // ---- Sections ------------------------------------------------------------------------------

    private void keyFacts() {
        RoleProfile.KeyFacts facts = role.keyFacts();
        GuideSection.Group cards = section(GuideAnchor.KEY_FACTS).group(null);
        cards.container().addClassName("fact-grid");
        cards.add(fact("median", GuideFormat.usd(facts.medianSalaryUsd()), getTranslation("guide.fact.median"),
                facts.medianSalaryNote()), text("guide.fact.median", GuideFormat.usd(facts.medianSalaryUsd()),
                facts.medianSalaryNote()));
        RoleProfile.SalaryRange range = facts.salaryRangeUsd();
        String rangeText = GuideFormat.usdThousands(range.min()) + " – " + GuideFormat.usdThousands(range.max())
                + (range.openEnded() ? "+" : "");
        cards.add(fact("range", rangeText, getTranslation("guide.fact.range"), getTranslation("guide.fact.range.note")),
                text("guide.fact.range", rangeText));
        String growth = GuideFormat.percent(facts.growthPercent());
        String growthLabel = getTranslation("guide.fact.growth", GuideFormat.period(facts.growthPeriod()));
        cards.add(fact("growth", growth, growthLabel, facts.growthLabel()), growthLabel + " " + growth + " "
                + facts.growthLabel());
        String openings = (facts.annualOpeningsApproximate() ? "≈" : "") + GuideFormat.number(facts.annualOpenings());
        cards.add(fact("openings", openings, getTranslation("guide.fact.openings"), null),
                text("guide.fact.openings", openings));

        OrderedList industries = new OrderedList();
        industries.addClassName("ranked-list");
        facts.topIndustries().forEach(industry -> industries.add(new ListItem(industry)));
        Div industriesCard = card("fact-card", "fact-industries");
        industriesCard.add(label(getTranslation("guide.fact.industries")), industries);
        cards.add(industriesCard, getTranslation("guide.fact.industries") + " " + String.join(" ", facts.topIndustries()));

        Div education = card("fact-card", "fact-education");
        education.add(label(getTranslation("guide.fact.education")), new Paragraph(facts.typicalEducation()));
        cards.add(education, getTranslation("guide.fact.education") + " " + facts.typicalEducation());
    }

    private void overview() {
        GuideSection section = section(GuideAnchor.OVERVIEW);
        GuideSection.Group intro = section.group(null);
        intro.add(lead(role.overview()), role.overview());

        GuideSection.Group differs = section.group(getTranslation("guide.overview.differs"));
        differs.container().addClassName("card-columns");
        for (RoleProfile.Comparison comparison : role.comparisons()) {
            Div card = card("guide-card");
            card.add(new H4(getTranslation("guide.overview.versus", comparison.role())),
                    new Paragraph(comparison.difference()));
            differs.add(card, comparison.role() + " " + comparison.difference());
        }

        RoleProfile.WorkEnvironment work = role.workEnvironment();
        GuideSection.Group environment = section.group(getTranslation("guide.overview.environment"));
        environment.add(new Paragraph(work.settings()), work.settings());
        environment.add(new Paragraph(work.schedule()), work.schedule());
        if (!work.possibleShifts().isEmpty()) {
            environment.add(chipRow(getTranslation("guide.overview.shifts"), work.possibleShifts()),
                    getTranslation("guide.overview.shifts") + " " + String.join(" ", work.possibleShifts()));
        }
        if (!work.physicalDemands().isEmpty()) {
            environment.add(chipRow(getTranslation("guide.overview.demands"), work.physicalDemands()),
                    getTranslation("guide.overview.demands") + " " + String.join(" ", work.physicalDemands()));
        }
    }

    private void responsibilities() {
        GuideSection.Group group = section(GuideAnchor.RESPONSIBILITIES).group(null);
        OrderedList list = new OrderedList();
        list.addClassName("numbered-list");
        group.container().add(list);
        role.responsibilities().forEach(item -> group.addTo(list, new ListItem(item), item, null));
    }

    private void tools() {
        GuideSection section = section(GuideAnchor.TOOLS);
        RoleProfile.Tools tools = role.tools();
        toolList(section.group(getTranslation("guide.tools.equipment")), tools.equipment(), tools.equipmentDetails());

        GuideSection.Group ehr = section.group(getTranslation("guide.tools.ehr"));
        ehr.add(chips(tools.ehrSystems()), String.join(" ", tools.ehrSystems()));
        if (!tools.ehrUses().isEmpty()) {
            String uses = getTranslation("guide.tools.ehrUses", String.join(", ", tools.ehrUses()));
            ehr.add(new Paragraph(uses), uses);
        }
        toolList(section.group(getTranslation("guide.tools.other")), tools.other(), tools.otherDetails());
    }

    private void toolList(GuideSection.Group group, List<String> names, List<ToolUse> details) {
        UnorderedList list = new UnorderedList();
        list.addClassName("term-list");
        group.container().add(list);
        if (details.isEmpty()) {
            names.forEach(name -> group.addTo(list, new ListItem(name), name, null));
        } else {
            details.forEach(tool -> group.addTo(list, term(tool.name(), tool.use()), tool.name() + " " + tool.use(),
                    null));
        }
    }

    private void skills() {
        GuideSection section = section(GuideAnchor.SKILLS);
        GuideSection.Group technical = section.group(getTranslation("guide.skills.technical",
                role.technicalSkills().size()));
        technical.container().addClassName("skill-grid");
        for (RoleProfile.TechnicalSkill skill : role.technicalSkills()) {
            Div card = card("skill-card");
            card.add(new H4(skill.name()), new Paragraph(skill.description()));
            if (!skill.examples().isEmpty()) {
                card.add(chips(skill.examples()));
            }
            technical.add(card, skill.name() + " " + skill.description() + " " + String.join(" ", skill.examples()));
        }
        GuideSection.Group soft = section.group(getTranslation("guide.skills.soft", role.softSkills().size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("term-list");
        soft.container().add(list);
        role.softSkills().forEach(skill -> soft.addTo(list, term(skill.name(), skill.why()),
                skill.name() + " " + skill.why(), null));
    }

    private void education() {
        GuideSection section = section(GuideAnchor.EDUCATION);
        GuideSection.Group pathways = section.group(getTranslation("guide.education.pathways",
                role.educationPathways().size()));
        pathways.container().addClassName("card-columns");
        for (RoleProfile.EducationPathway pathway : role.educationPathways()) {
            Div card = card("guide-card");
            card.add(new H4(pathway.name()), new Paragraph(pathway.description()));
            Div badges = badgeRow();
            if (pathway.duration() != null) {
                badges.add(badge(VaadinIcon.CLOCK, pathway.duration()));
            }
            if (pathway.cost() != null) {
                badges.add(badge(VaadinIcon.DOLLAR, pathway.cost()));
            }
            if (badges.getComponentCount() > 0) {
                card.add(badges);
            }
            pathways.add(card, joined(pathway.name(), pathway.description(), pathway.duration(), pathway.cost()));
        }

        GuideSection.Group costs = section.group(getTranslation("guide.education.costs"));
        NativeTable table = table(getTranslation("guide.education.program"), getTranslation("guide.education.cost"),
                getTranslation("guide.education.duration"));
        costs.container().add(table);
        for (RoleProfile.EducationCost cost : role.educationCosts()) {
            String amount = GuideFormat.usd(cost.costMinUsd()) + " – " + GuideFormat.usd(cost.costMaxUsd());
            NativeTableRow row = row(cost.note() == null ? new Span(cost.program())
                    : new Div(new Span(cost.program()), small(cost.note())), new Span(amount), new Span(cost.duration()));
            costs.addTo(table.getBody(), row, joined(cost.program(), amount, cost.duration(), cost.note()), null);
        }
        costs.add(note(role.accreditation()), role.accreditation());

        if (role.entryRoutes() != null) {
            RoleProfile.EntryRoutes routes = role.entryRoutes();
            GuideSection.Group ways = section.group(getTranslation("guide.education.entry"));
            if (routes.completeBeginners() != null) {
                ways.add(term(getTranslation("guide.education.beginners"), routes.completeBeginners()),
                        routes.completeBeginners());
            }
            if (routes.careerChangers() != null) {
                ways.add(term(getTranslation("guide.education.changers"), routes.careerChangers()),
                        routes.careerChangers());
            }
            bullets(ways, routes.notes());
        }
        if (!role.qualificationsContext().isEmpty() || !role.educationNotes().isEmpty()) {
            GuideSection.Group notes = section.group(getTranslation("guide.education.notes"));
            bullets(notes, Stream.concat(role.qualificationsContext().stream(), role.educationNotes().stream()).toList());
        }
    }

    private void steps() {
        GuideSection.Group group = section(GuideAnchor.STEPS).group(null);
        OrderedList list = new OrderedList();
        list.addClassName("step-list");
        group.container().add(list);
        for (Step step : role.steps()) {
            Span number = new Span(String.valueOf(step.order()));
            number.addClassName("step-number");
            number.getElement().setAttribute("aria-hidden", "true");
            Div body = new Div(new H4(step.title()), new Paragraph(step.description()));
            body.addClassName("step-body");
            Div badges = badgeRow();
            if (step.duration() != null) {
                badges.add(badge(VaadinIcon.CLOCK, step.duration()));
            }
            if (step.hours() != null) {
                badges.add(badge(VaadinIcon.HOURGLASS, step.hours()));
            }
            step.relatedCertifications().forEach(code -> badges.add(badge(VaadinIcon.DIPLOMA, code)));
            if (badges.getComponentCount() > 0) {
                body.add(badges);
            }
            ListItem item = new ListItem(number, body);
            item.addClassName("step");
            group.addTo(list, item, joined(step.title(), step.description(), step.duration(), step.hours(),
                    String.join(" ", step.relatedCertifications())), null);
        }
    }

    private void certifications() {
        GuideSection section = section(GuideAnchor.CERTIFICATIONS);
        GuideSection.Group group = section.group(null);
        group.container().addClassName("card-columns");
        for (Certification certification : role.certifications()) {
            Div card = card("guide-card", "cert-card");
            Badge code = new Badge(certification.code());
            code.addThemeVariants(BadgeVariant.FILLED);
            String renewal = certification.renewalYears() == null ? getTranslation("guide.cert.renewalVaries")
                    : getTranslation("guide.cert.renewal", certification.renewalYears());
            Badge renewalBadge = new Badge(renewal, VaadinIcon.REFRESH.create());
            renewalBadge.addThemeVariants(certification.renewalYears() == null ? BadgeVariant.CONTRAST
                    : BadgeVariant.SUCCESS);
            Div head = badgeRow();
            head.add(code, renewalBadge);
            card.add(head, new H4(certification.name()), new Paragraph(certification.issuer()),
                    new Paragraph(certification.renewalNote()),
                    small(getTranslation(certification.mentionedInSeed() ? "guide.cert.inGuide" : "guide.cert.added")
                            + SEP + getTranslation("guide.cert.source", certification.source())));
            group.add(card, joined(certification.code(), certification.name(), certification.issuer(), renewal,
                    certification.renewalNote(), certification.source()));
        }
    }

    private void salary() {
        GuideSection section = section(GuideAnchor.SALARY);
        GuideSection.Group group = section.group(null);
        List<SalaryLevel> levels = role.salaryByLevel();
        Svg chart = new Svg(SalaryChart.svg(levels, new SalaryChart.Labels(getTranslation("guide.salary.chartTitle",
                role.title()), getTranslation("guide.salary.median"), getTranslation("guide.salary.average"))));
        chart.addClassName("salary-chart");
        chart.setId("salary-chart");
        group.add(chart, levels.stream().map(level -> level.level() + " " + GuideFormat.usd(level.medianUsd()) + " "
                + GuideFormat.usd(level.averageUsd())).collect(Collectors.joining(" ")));

        NativeTable table = table(getTranslation("guide.salary.level"), getTranslation("guide.salary.median"),
                getTranslation("guide.salary.average"));
        table.addClassName("salary-table");
        group.container().add(table);
        for (SalaryLevel level : levels) {
            NativeTableRow row = row(new Span(level.level()), new Span(GuideFormat.usd(level.medianUsd())),
                    new Span(GuideFormat.usd(level.averageUsd())));
            group.addTo(table.getBody(), row, level.level() + " " + GuideFormat.usd(level.medianUsd()) + " "
                    + GuideFormat.usd(level.averageUsd()), null);
        }
        if (role.salaryNote() != null) {
            group.add(small(role.salaryNote()), role.salaryNote());
        }
        if (!role.salaryFactors().isEmpty()) {
            GuideSection.Group factors = section.group(getTranslation("guide.salary.factors"));
            UnorderedList list = new UnorderedList();
            list.addClassName("term-list");
            factors.container().add(list);
            role.salaryFactors().forEach(factor -> factors.addTo(list, term(factor.factor(), factor.detail()),
                    factor.factor() + " " + factor.detail(), null));
        }
    }

    private void careerLadder() {
        GuideSection section = section(GuideAnchor.CAREER_LADDER);
        GuideSection.Group group = section.group(null);
        OrderedList ladder = new OrderedList();
        ladder.addClassName("ladder");
        group.container().add(ladder);
        int rung = 0;
        for (LadderLevel level : role.careerLadder()) {
            String years = years(level);
            Badge yearsBadge = new Badge(years);
            yearsBadge.addThemeVariants(BadgeVariant.FILLED);
            ListItem item = new ListItem();
            item.addClassName("ladder-rung");
            item.getElement().setAttribute("data-rung", String.valueOf(rung++));
            item.add(yearsBadge, new H3(level.title()));
            role.salaryOf(level.title()).ifPresent(pay -> item.add(small(getTranslation("guide.ladder.pay",
                    GuideFormat.usdThousands(pay.medianUsd())))));
            Details duties = details(getTranslation("guide.ladder.responsibilities"), level.responsibilities());
            Details focus = details(getTranslation("guide.ladder.focus"), level.focusAreas());
            item.add(duties, focus);
            group.addTo(ladder, item, joined(level.title(), years, String.join(" ", level.responsibilities()),
                    String.join(" ", level.focusAreas())), () -> {
                        duties.setOpened(true);
                        focus.setOpened(true);
                    });
        }
        if (!role.careerPathNotes().isEmpty()) {
            bullets(section.group(getTranslation("guide.ladder.notes")), role.careerPathNotes());
        }
    }

    private String years(LadderLevel level) {
        if (level.yearsTo() == null) {
            return getTranslation("guide.ladder.yearsOpen", level.yearsFrom());
        }
        return getTranslation("guide.ladder.years", level.yearsFrom(), level.yearsTo());
    }

    private void globalSalaries() {
        GuideSection section = section(GuideAnchor.GLOBAL_SALARIES);
        GuideSection.Group group = section.group(null);
        long scale = role.globalSalaries().stream().mapToLong(GlobalSalary::usdMax).max().orElse(1);
        Div list = new Div();
        list.addClassName("global-list");
        group.container().add(new Paragraph(getTranslation("guide.global.intro")), list);
        for (GlobalSalary pay : role.globalSalaries()) {
            String local = GuideFormat.money(pay.localMin(), pay.currency()) + " – "
                    + GuideFormat.money(pay.localMax(), pay.currency());
            String usd = GuideFormat.usd(pay.usdMin()) + " – " + GuideFormat.usd(pay.usdMax());
            Div country = new Div(new Span(pay.country()));
            country.addClassName("global-country");
            if (pay.region() != null) {
                country.add(small(pay.region()));
            }
            Div localPay = new Div(new Span(local), small(pay.currency()));
            localPay.addClassName("global-local");
            Div usdPay = new Div(new Span(usd), small(getTranslation("guide.global.usd")));
            usdPay.addClassName("global-usd");
            Div row = new Div(country, localPay, usdPay, rangeBar(pay, scale));
            row.addClassName("global-row");
            if (pay.note() != null) {
                Span remark = small(pay.note());
                remark.addClassName("global-note");
                row.add(remark);
            }
            group.addTo(list, row, joined(pay.country(), pay.region(), pay.currency(), local, usd, pay.note()), null);
        }
        if (!role.globalNotes().isEmpty()) {
            bullets(section.group(getTranslation("guide.global.notes")), role.globalNotes());
        }
    }

    /** Where the country's USD range sits between 0 and the highest USD maximum of all countries. */
    private Div rangeBar(GlobalSalary pay, long scale) {
        Span fill = new Span();
        fill.addClassName("range-fill");
        fill.getStyle().set("left", percent(pay.usdMin(), scale)).set("width", percent(pay.usdMax() - pay.usdMin(), scale));
        Div bar = new Div(fill);
        bar.addClassName("range-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        return bar;
    }

    private static String percent(long value, long scale) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * value / scale);
    }

    private void market() {
        GuideSection section = section(GuideAnchor.MARKET);
        RoleProfile.Market market = role.market();
        section.addClassName("columns-section");
        if (!market.outlook().isEmpty()) {
            bullets(section.group(getTranslation("guide.market.outlook")), market.outlook());
        }
        bullets(section.group(getTranslation("guide.market.challenges")), market.challenges());
        bullets(section.group(getTranslation("guide.market.opportunities")), market.opportunities());
        GuideSection.Group trends = section.group(getTranslation("guide.market.trends"));
        bullets(trends, market.trends());
        if (!market.hiringUptickQuarters().isEmpty()) {
            String quarters = getTranslation("guide.market.quarters", String.join(", ", market.hiringUptickQuarters()));
            trends.add(small(quarters), quarters);
        }
    }

    private void specializations() {
        GuideSection section = section(GuideAnchor.SPECIALIZATIONS);
        GuideSection.Group group = section.group(null);
        group.container().addClassName("card-columns");
        for (RoleProfile.Specialization specialization : role.specializations()) {
            Div card = card("guide-card");
            card.add(new H4(specialization.name()), new Paragraph(specialization.description()));
            group.add(card, specialization.name() + " " + specialization.description());
        }
        if (!role.specializationNotes().isEmpty()) {
            bullets(section.group(getTranslation("guide.specializations.notes")), role.specializationNotes());
        }
    }

    private void prosAndCons() {
        GuideSection section = section(GuideAnchor.PROS_CONS);
        section.addClassName("two-columns");
        iconList(section.group(getTranslation("guide.pros", role.pros().size())), role.pros(), VaadinIcon.CHECK,
                "icon-good");
        iconList(section.group(getTranslation("guide.cons", role.cons().size())), role.cons(), VaadinIcon.MINUS,
                "icon-bad");
        if (!role.prosConsNotes().isEmpty()) {
            GuideSection.Group notes = section.group(null);
            notes.container().addClassName("span-all");
            role.prosConsNotes().forEach(text -> notes.add(small(text), text));
        }
    }

    private void faq() {
        GuideSection.Group group = section(GuideAnchor.FAQ).group(null);
        Accordion accordion = new Accordion();
        accordion.setWidthFull();
        accordion.close();
        group.container().add(accordion);
        for (RoleProfile.Faq entry : role.faq()) {
            AccordionPanel panel = accordion.add(entry.question(), new Paragraph(entry.answer()));
            group.track(panel, entry.question() + " " + entry.answer(), () -> {
                if (accordion.getOpenedIndex().isEmpty()) {
                    accordion.open(panel);
                }
            });
        }
    }

    private void relatedCareers() {
        GuideSection.Group group = section(GuideAnchor.RELATED_CAREERS).group(null);
        group.container().addClassName("card-columns");
        for (RoleProfile.RelatedCareer career : role.relatedCareers()) {
            Div card = card("guide-card", "compact-card");
            card.add(new H4(career.title()), new Paragraph(career.description()));
            group.add(card, career.title() + " " + career.description());
        }
    }

    private void remoteWork() {
        GuideSection section = section(GuideAnchor.REMOTE_WORK);
        GuideSection.Group group = section.group(null);
        group.add(lead(role.remoteWork().summary()), role.remoteWork().summary());
        bullets(group, role.remoteWork().facts());
    }

    private void visas() {
        GuideSection section = section(GuideAnchor.VISAS);
        GuideSection.Group group = section.group(null);
        UnorderedList list = new UnorderedList();
        list.addClassName("term-list");
        group.container().add(list);
        role.visaRoutes().forEach(route -> group.addTo(list, term(route.country(), route.routes()),
                route.country() + " " + route.routes(), null));
        if (!role.visaNotes().isEmpty()) {
            bullets(section.group(getTranslation("guide.visas.notes")), role.visaNotes());
        }
    }

    private void diversity() {
        GuideSection section = section(GuideAnchor.DIVERSITY);
        RoleProfile.Diversity diversity = role.diversity();
        if (diversity != null) {
            GuideSection.Group intro = section.group(null);
            if (diversity.overview() != null) {
                intro.add(lead(diversity.overview()), diversity.overview());
            }
            if (!diversity.inclusiveHiring().isEmpty()) {
                bullets(section.group(getTranslation("guide.diversity.hiring")), diversity.inclusiveHiring());
            }
            RoleProfile.WorkplaceCulture culture = diversity.workplaceCulture();
            if (culture != null) {
                GuideSection.Group group = section.group(getTranslation("guide.diversity.culture"));
                if (culture.summary() != null) {
                    group.add(new Paragraph(culture.summary()), culture.summary());
                }
                Div flags = new Div();
                flags.addClassName("card-columns");
                group.container().add(flags);
                if (!culture.greenFlags().isEmpty()) {
                    Div green = card("guide-card");
                    green.add(new H4(getTranslation("guide.diversity.greenFlags")),
                            iconBullets(culture.greenFlags(), VaadinIcon.CHECK, "icon-good"));
                    group.addTo(flags, green, String.join(" ", culture.greenFlags()), null);
                }
                if (!culture.redFlags().isEmpty()) {
                    Div red = card("guide-card");
                    red.add(new H4(getTranslation("guide.diversity.redFlags")),
                            iconBullets(culture.redFlags(), VaadinIcon.WARNING, "icon-bad"));
                    group.addTo(flags, red, String.join(" ", culture.redFlags()), null);
                }
                if (culture.tip() != null) {
                    group.add(note(culture.tip()), culture.tip());
                }
            }
        }
        if (!role.diversityResources().isEmpty()) {
            GuideSection.Group resources = section.group(getTranslation("guide.diversity.resources"));
            UnorderedList list = new UnorderedList();
            list.addClassName("term-list");
            resources.container().add(list);
            for (RoleProfile.DiversityResource resource : role.diversityResources()) {
                ListItem item = term(resource.name(), resource.description());
                if (resource.kind() != null) {
                    Badge kind = new Badge(kindLabel(resource.kind()));
                    kind.addThemeVariants(BadgeVariant.SMALL);
                    item.addComponentAtIndex(1, kind);
                }
                resources.addTo(list, item, joined(resource.name(), resource.kind(), resource.description()), null);
            }
        }
    }

    private String kindLabel(String kind) {
        String key = "guide.diversity.kind." + kind;
        String label = getTranslation(key);
        return label.startsWith("!") ? kind : label;
    }

    private void sources() {
        GuideSection.Group group = section(GuideAnchor.SOURCES).group(null);
        group.add(small(getTranslation("guide.sources.intro")), getTranslation("guide.sources.intro"));
        UnorderedList list = new UnorderedList();
        list.addClassName("source-list");
        group.container().add(list);
        role.sources().forEach(source -> group.addTo(list, source.note() == null ? new ListItem(source.name())
                : term(source.name(), source.note()), joined(source.name(), source.note()), null));
    }

    // ---- Building blocks -----------------------------------------------------------------------

    private Div fact(String kind, String value, String label, @Nullable String note) {
        Div card = card("fact-card", "fact-" + kind);
        Span figure = new Span(value);
        figure.addClassName("fact-value");
        card.add(label(label), figure);
        if (note != null) {
            card.add(small(note));
        }
        return card;
    }

    private String text(String labelKey, String... parts) {
        return getTranslation(labelKey) + " " + String.join(" ", parts);
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("fact-label");
        return label;
    }

    private static Div card(String... classNames) {
        Div card = new Div();
        card.addClassNames(classNames);
        return card;
    }

    private static Paragraph lead(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("guide-lead");
        return paragraph;
    }

    private static Paragraph note(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("guide-note");
        return paragraph;
    }

    private static Span small(String text) {
        Span span = new Span(text);
        span.addClassName("guide-small");
        return span;
    }

    private static ListItem term(String name, String description) {
        Span term = new Span(name);
        term.addClassName("term-name");
        Span text = new Span(description);
        text.addClassName("term-text");
        return new ListItem(term, text);
    }

    private static void bullets(GuideSection.Group group, List<String> lines) {
        UnorderedList list = new UnorderedList();
        list.addClassName("bullet-list");
        group.container().add(list);
        lines.forEach(line -> group.addTo(list, new ListItem(line), line, null));
    }

    private static void iconList(GuideSection.Group group, List<String> lines, VaadinIcon icon, String iconClass) {
        UnorderedList list = new UnorderedList();
        list.addClassName("icon-list");
        group.container().add(list);
        lines.forEach(line -> group.addTo(list, iconItem(line, icon, iconClass), line, null));
    }

    private static UnorderedList iconBullets(List<String> lines, VaadinIcon icon, String iconClass) {
        UnorderedList list = new UnorderedList();
        list.addClassName("icon-list");
        lines.forEach(line -> list.add(iconItem(line, icon, iconClass)));
        return list;
    }

    private static ListItem iconItem(String line, VaadinIcon icon, String iconClass) {
        Icon symbol = icon.create();
        symbol.addClassName(iconClass);
        symbol.getElement().setAttribute("aria-hidden", "true");
        return new ListItem(symbol, new Span(line));
    }

    private static Div chips(List<String> words) {
        Div row = badgeRow();
        words.forEach(word -> {
            Badge chip = new Badge(word);
            chip.addThemeVariants(BadgeVariant.CONTRAST);
            row.add(chip);
        });
        return row;
    }

    private static Div chipRow(String label, List<String> words) {
        Div row = chips(words);
        Span caption = new Span(label);
        caption.addClassName("chip-caption");
        row.addComponentAsFirst(caption);
        return row;
    }

    private static Div badgeRow() {
        Div row = new Div();
        row.addClassName("badge-row");
        return row;
    }

    private static Badge badge(VaadinIcon icon, String text) {
        return new Badge(text, icon.create());
    }

    private static Details details(String summary, List<String> lines) {
        UnorderedList list = new UnorderedList();
        list.addClassName("bullet-list");
        lines.forEach(line -> list.add(new ListItem(line)));
        Details details = new Details(summary, list);
        details.addThemeVariants(DetailsVariant.SMALL);
        return details;
    }

    private static NativeTable table(String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("guide-table");
        NativeTableRow head = new NativeTableRow();
        for (String header : headers) {
            head.addHeaderCell().setText(header);
        }
        table.getHead().add(head);
        return table;
    }

    private static NativeTableRow row(Component... cells) {
        NativeTableRow row = new NativeTableRow();
        for (Component cell : cells) {
            row.addDataCell().add(cell);
        }
        return row;
    }

    private static String joined(@Nullable String... parts) {
        return Stream.of(parts).filter(part -> part != null).collect(Collectors.joining(" "));
    }
}
