package com.clintrack.documents.ui;

import com.clintrack.documents.DocumentLimits;
import com.clintrack.documents.ResumeContent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The resume's sections as one form. Lists (jobs, schools, certifications, placements) grow and shrink
 * in place; {@link #value()} reads everything back as {@link ResumeContent}.
 */
class ResumeForm extends Composite<Div> {

    private static final int EXPIRY_WARNING_DAYS = 90;
    private static final String PHONE_WIDTH = "0";
    private static final String TWO_COLUMNS = "32em";

    private final TextField fullName = text("contact-name", "documents.field.fullName");
    private final TextField email = text("contact-email", "documents.field.email");
    private final TextField phone = text("contact-phone", "documents.field.phone");
    private final TextField location = text("contact-location", "documents.field.location");
    private final TextField link = text("contact-link", "documents.field.link");
    private final TextArea summary = new TextArea();
    private final TextArea skills = new TextArea();
    private final CheckboxGroup<String> clinicalSkills = new CheckboxGroup<>();
    private final EntryList<ResumeContent.Experience> experience;
    private final EntryList<ResumeContent.Education> education;
    private final EntryList<ResumeContent.Certification> certifications;
    private final EntryList<ResumeContent.ClinicalHours> clinicalHours;
    private final Span totalHours = new Span();
    private final Clock clock;

    private final java.util.function.BiFunction<ResumeContent, ResumeContent.Experience, List<String>> suggester;

    /** @param suggester bullet ideas for one job of the current content */
    ResumeForm(List<String> checklist, Clock clock,
            java.util.function.BiFunction<ResumeContent, ResumeContent.Experience, List<String>> suggester) {
        this.clock = clock;
        this.suggester = suggester;
        link.setHelperText(getTranslation("documents.field.link.helper"));
        summary.setAriaLabel(getTranslation("documents.section.SUMMARY"));
        summary.setHelperText(getTranslation("documents.field.summary.helper"));
        summary.setMaxLength(DocumentLimits.SUMMARY_MAX);
        summary.setWidthFull();
        summary.setId("summary");
        skills.setAriaLabel(getTranslation("documents.section.SKILLS"));
        skills.setHelperText(getTranslation("documents.field.skills.helper"));
        skills.setWidthFull();
        skills.setId("skills");
        clinicalSkills.setLabel(getTranslation("documents.field.checklist"));
        clinicalSkills.setHelperText(getTranslation("documents.field.checklist.helper"));
        clinicalSkills.setItems(checklist);
        clinicalSkills.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        clinicalSkills.addClassName("checklist");
        clinicalSkills.setId("clinical-skills");

        experience = new EntryList<>("experience", getTranslation("documents.add.job"), ExperienceEntry::new,
                () -> new ResumeContent.Experience("", "", "", "", "", List.of()));
        education = new EntryList<>("education", getTranslation("documents.add.education"), EducationEntry::new,
                () -> new ResumeContent.Education("", "", "", ""));
        certifications = new EntryList<>("certifications", getTranslation("documents.add.certification"),
                CertificationEntry::new, () -> new ResumeContent.Certification("", "", "", null, null));
        clinicalHours = new EntryList<>("clinical-hours", getTranslation("documents.add.hours"), HoursEntry::new,
                () -> new ResumeContent.ClinicalHours("", "", 0, "", ""));
        totalHours.addClassName("total-hours");
        totalHours.setId("total-hours");

        FormLayout contact = columns(fullName, email, phone, location, link);
        getContent().addClassName("resume-form");
        getContent().add(
                section("CONTACT", true, contact),
                section("SUMMARY", true, summary),
                section("EXPERIENCE", true, experience),
                section("EDUCATION", false, education),
                section("CERTIFICATIONS", false, certifications),
                section("SKILLS", false, skills),
                section("CLINICAL_SKILLS", false, clinicalSkills),
                section("CLINICAL_HOURS", false, clinicalHours, totalHours));
    }

    void setValue(ResumeContent content) {
        fullName.setValue(content.contact().fullName());
        email.setValue(content.contact().email());
        phone.setValue(content.contact().phone());
        location.setValue(content.contact().location());
        link.setValue(content.contact().link());
        summary.setValue(content.summary());
        skills.setValue(String.join(", ", content.skills()));
        LinkedHashSet<String> items = new LinkedHashSet<>(clinicalSkills.getListDataView().getItems().toList());
        items.addAll(content.clinicalSkills());
        clinicalSkills.setItems(items);
        clinicalSkills.setValue(new LinkedHashSet<>(content.clinicalSkills()));
        experience.setValues(content.experience());
        education.setValues(content.education());
        certifications.setValues(content.certifications());
        clinicalHours.setValues(content.clinicalHours());
        totalHours.setText(getTranslation("documents.hours.total", content.totalClinicalHours()));
    }

    ResumeContent value() {
        List<String> ticked = clinicalSkills.getListDataView().getItems()
                .filter(clinicalSkills.getValue()::contains).toList();
        return new ResumeContent(
                new ResumeContent.Contact(fullName.getValue(), email.getValue(), phone.getValue(), location.getValue(),
                        link.getValue()),
                summary.getValue(), experience.values(), education.values(), certifications.values(),
                splitList(skills.getValue()), ticked, clinicalHours.values());
    }

    static List<String> splitList(String text) {
        return Arrays.stream(text.split("\\s*[,;\\n]\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Details section(String key, boolean opened, Component... content) {
        Details details = new Details(getTranslation("documents.section." + key));
        details.add(content);
        details.setOpened(opened);
        details.setWidthFull();
        details.addClassName("resume-section");
        details.setId("section-" + key.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return details;
    }

    private static FormLayout columns(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep(PHONE_WIDTH, 1),
                new FormLayout.ResponsiveStep(TWO_COLUMNS, 2));
        return layout;
    }

    private TextField text(@Nullable String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(DocumentLimits.LINE_MAX);
        if (id != null) {
            field.setId(id);
        }
        return field;
    }

    /** One editable entry of a list section. */
    private abstract static class Entry<T> extends Composite<Div> {
        abstract T value();
    }

    /** A section that is a list of entries, with add and remove. */
    private final class EntryList<T> extends Composite<Div> {

        private final Div items = new Div();
        private final Function<T, Entry<T>> factory;
        private final String idPrefix;

        EntryList(String idPrefix, String addLabel, Function<T, Entry<T>> factory, Supplier<T> blank) {
            this.factory = factory;
            this.idPrefix = idPrefix;
            Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> append(blank.get()));
            add.addThemeVariants(ButtonVariant.TERTIARY);
            add.setId("add-" + idPrefix);
            items.addClassName("entry-list");
            getContent().add(items, add);
        }

        void setValues(List<T> values) {
            items.removeAll();
            values.forEach(this::append);
        }

        List<T> values() {
            List<T> out = new ArrayList<>();
            items.getChildren().forEach(child -> {
                @SuppressWarnings("unchecked")
                Entry<T> entry = (Entry<T>) child.getChildren().findFirst().orElseThrow();
                out.add(entry.value());
            });
            return out;
        }

        private void append(T value) {
            Entry<T> entry = factory.apply(value);
            Div wrapper = new Div(entry);
            wrapper.addClassName("entry");
            wrapper.setId(idPrefix + "-" + items.getChildren().count());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> items.remove(wrapper));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("documents.remove"));
            remove.setTooltipText(getTranslation("documents.remove"));
            remove.addClassName("entry-remove");
            wrapper.add(remove);
            items.add(wrapper);
        }
    }

    private final class ExperienceEntry extends Entry<ResumeContent.Experience> {
        private final TextField title = text(null, "documents.field.jobTitle");
        private final TextField employer = text(null, "documents.field.employer");
        private final TextField where = text(null, "documents.field.location");
        private final TextField start = text(null, "documents.field.start");
        private final TextField end = text(null, "documents.field.end");
        private final TextArea bullets = new TextArea(getTranslation("documents.field.bullets"));

        ExperienceEntry(ResumeContent.Experience job) {
            title.setValue(job.title());
            employer.setValue(job.employer());
            where.setValue(job.location());
            start.setValue(job.start());
            start.setPlaceholder("Mar 2022");
            end.setValue(job.end());
            end.setPlaceholder(getTranslation("documents.field.end.placeholder"));
            bullets.setValue(String.join("\n", job.bullets()));
            bullets.setHelperText(getTranslation("documents.field.bullets.helper"));
            bullets.addClassName("bullets");
            Button suggest = new Button(getTranslation("documents.bullets.suggest"), VaadinIcon.LIGHTBULB.create(), e -> {
                List<String> ideas = suggester.apply(ResumeForm.this.value(), value());
                String current = bullets.getValue().strip();
                bullets.setValue((current.isEmpty() ? "" : current + "\n") + String.join("\n", ideas));
            });
            suggest.addThemeVariants(ButtonVariant.TERTIARY);
            suggest.addClassName("suggest-bullets");
            suggest.setTooltipText(getTranslation("documents.bullets.suggest.helper"));
            FormLayout layout = columns(title, employer, where, new Div(start, end), bullets, suggest);
            layout.setColspan(bullets, 2);
            getContent().add(layout);
        }

        @Override
        ResumeContent.Experience value() {
            return new ResumeContent.Experience(title.getValue(), employer.getValue(), where.getValue(),
                    start.getValue(), end.getValue(),
                    bullets.getValue().lines().map(l -> l.replaceFirst("^\\s*[-•*]\\s*", "")).toList());
        }
    }

    private final class EducationEntry extends Entry<ResumeContent.Education> {
        private final TextField credential = text(null, "documents.field.credential");
        private final TextField school = text(null, "documents.field.school");
        private final TextField where = text(null, "documents.field.location");
        private final TextField year = text(null, "documents.field.year");

        EducationEntry(ResumeContent.Education value) {
            credential.setValue(value.credential());
            school.setValue(value.school());
            where.setValue(value.location());
            year.setValue(value.year());
            getContent().add(columns(credential, school, where, year));
        }

        @Override
        ResumeContent.Education value() {
            return new ResumeContent.Education(credential.getValue(), school.getValue(), where.getValue(),
                    year.getValue());
        }
    }

    private final class CertificationEntry extends Entry<ResumeContent.Certification> {
        private final TextField name = text(null, "documents.field.certName");
        private final TextField issuer = text(null, "documents.field.issuer");
        private final TextField number = text(null, "documents.field.number");
        private final DatePicker issued = new DatePicker(getTranslation("documents.field.issued"));
        private final DatePicker expires = new DatePicker(getTranslation("documents.field.expires"));

        CertificationEntry(ResumeContent.Certification cert) {
            name.setValue(cert.name());
            issuer.setValue(cert.issuer());
            number.setValue(cert.number());
            issued.setValue(cert.issued());
            expires.setValue(cert.expires());
            expires.addClassName("cert-expires");
            expires.addValueChangeListener(e -> warn(e.getValue()));
            warn(cert.expires());
            getContent().add(columns(name, issuer, number, new Div(issued, expires)));
        }

        private void warn(@Nullable LocalDate date) {
            if (date == null) {
                expires.setHelperText(getTranslation("documents.field.expires.helper"));
                return;
            }
            long days = ChronoUnit.DAYS.between(LocalDate.now(clock), date);
            expires.setHelperText(days < 0 ? getTranslation("documents.cert.expired")
                    : days <= EXPIRY_WARNING_DAYS ? getTranslation("documents.cert.expiresSoon", days) : "");
            expires.getElement().getClassList().set("expiry-warning", days <= EXPIRY_WARNING_DAYS);
        }

        @Override
        ResumeContent.Certification value() {
            return new ResumeContent.Certification(name.getValue(), issuer.getValue(), number.getValue(),
                    issued.getValue(), expires.getValue());
        }
    }

    private final class HoursEntry extends Entry<ResumeContent.ClinicalHours> {
        private final TextField site = text(null, "documents.field.site");
        private final TextField role = text(null, "documents.field.placementRole");
        private final IntegerField hours = new IntegerField(getTranslation("documents.field.hours"));
        private final TextField dates = text(null, "documents.field.dates");
        private final TextArea description = new TextArea(getTranslation("documents.field.description"));

        HoursEntry(ResumeContent.ClinicalHours placement) {
            site.setValue(placement.site());
            role.setValue(placement.role());
            hours.setValue(placement.hours());
            hours.setMin(0);
            hours.setMax(DocumentLimits.HOURS_MAX);
            hours.setStepButtonsVisible(true);
            dates.setValue(placement.dates());
            description.setValue(placement.description());
            FormLayout layout = columns(site, role, hours, dates, description);
            layout.setColspan(description, 2);
            getContent().add(layout);
        }

        @Override
        ResumeContent.ClinicalHours value() {
            return new ResumeContent.ClinicalHours(site.getValue(), role.getValue(),
                    hours.getValue() == null ? 0 : hours.getValue(), dates.getValue(), description.getValue());
        }
    }
}
