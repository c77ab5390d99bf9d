package com.clintrack.tracker.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.tracker.ApplicationDraft;
import com.clintrack.tracker.CareSetting;
import com.clintrack.tracker.EmploymentType;
import com.clintrack.tracker.SalaryPeriod;
import com.clintrack.tracker.Shift;
import com.clintrack.tracker.Tags;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerLimits;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The full application form. It reads a {@link TrackedApplication} and writes an {@link ApplicationDraft};
 * a failed save leaves every typed value in place. The stage is changed separately, with history.
 */
class ApplicationForm extends Composite<FormLayout> {

    static final List<String> SOURCES = List.of("Indeed", "LinkedIn", "Hospital careers site", "Referral",
            "Health eCareers", "ZipRecruiter", "Glassdoor", "Staffing agency", "Job fair");

    final TextField company = text("company", TrackerLimits.COMPANY_MAX);
    final TextField title = text("title", TrackerLimits.TITLE_MAX);
    final TextField url = text("url", TrackerLimits.URL_MAX);
    final ComboBox<String> source = new ComboBox<>(getTranslation("tracker.field.source"));
    final TextField city = text("city", TrackerLimits.CITY_MAX);
    final TextField state = text("state", TrackerLimits.STATE_MAX);
    final TextField zip = text("zip", TrackerLimits.ZIP_MAX);
    final TextField location = text("location", TrackerLimits.LOCATION_MAX);
    final Select<EmploymentType> employmentType = select("employmentType", EmploymentType.values(),
            EmploymentType::messageKey);
    final Select<Shift> shift = select("shift", Shift.values(), Shift::messageKey);
    final Select<CareSetting> setting = select("setting", CareSetting.values(), CareSetting::messageKey);
    final BigDecimalField salaryMin = money("salaryMin");
    final BigDecimalField salaryMax = money("salaryMax");
    final Select<SalaryPeriod> salaryPeriod = select("salaryPeriod", SalaryPeriod.values(), SalaryPeriod::messageKey);
    final BigDecimalField expectedPay = money("expectedPay");
    final BigDecimalField offeredPay = money("offeredPay");
    final IntegerField priority = new IntegerField(getTranslation("tracker.field.priority"));
    final TextField tags = text("tags", TrackerLimits.TAGS_MAX);
    final DatePicker appliedOn = new DatePicker(getTranslation("tracker.field.appliedOn"));
    final TextArea postingText = new TextArea(getTranslation("tracker.field.postingText"));

    private final Map<String, HasValidation> byName = new LinkedHashMap<>();
    private @Nullable Long version;
    private @Nullable Long resumeVersionId;
    private @Nullable Long coverLetterVersionId;

    ApplicationForm() {
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        company.setRequiredIndicatorVisible(true);
        title.setRequiredIndicatorVisible(true);
        url.setHelperText(getTranslation("tracker.field.url.helper"));
        source.setItems(SOURCES);
        source.setAllowCustomValue(true);
        source.addCustomValueSetListener(e -> source.setValue(e.getDetail()));
        source.setId("field-source");
        priority.setMin(TrackerLimits.PRIORITY_MIN);
        priority.setMax(TrackerLimits.PRIORITY_MAX);
        priority.setStepButtonsVisible(true);
        priority.setHelperText(getTranslation("tracker.field.priority.helper"));
        priority.setValue(TrackerLimits.PRIORITY_DEFAULT);
        tags.setHelperText(getTranslation("tracker.field.tags.helper"));
        location.setHelperText(getTranslation("tracker.field.location.helper"));
        salaryPeriod.setHelperText(getTranslation("tracker.field.salaryPeriod.helper"));
        postingText.setMaxLength(TrackerLimits.POSTING_TEXT_MAX);
        postingText.setMaxHeight("16em");
        appliedOn.setId("field-appliedOn");
        byName.put("company", company);
        byName.put("title", title);
        byName.put("url", url);
        byName.put("source", source);
        byName.put("city", city);
        byName.put("state", state);
        byName.put("zip", zip);
        byName.put("location", location);
        byName.put("salaryMin", salaryMin);
        byName.put("salaryMax", salaryMax);
        byName.put("expectedPay", expectedPay);
        byName.put("offeredPay", offeredPay);
        byName.put("priority", priority);
        byName.put("tags", tags);
        byName.put("appliedOn", appliedOn);
        byName.put("postingText", postingText);
        form.add(company, title, url, source, city, state, zip, location, employmentType, shift, setting,
                priority, salaryMin, salaryMax, salaryPeriod, appliedOn, expectedPay, offeredPay, tags);
        form.add(postingText, 2);
    }

    private TextField text(String name, int max) {
        TextField field = new TextField(getTranslation("tracker.field." + name));
        field.setMaxLength(max);
        field.setId("field-" + name);
        return field;
    }

    private BigDecimalField money(String name) {
        BigDecimalField field = new BigDecimalField(getTranslation("tracker.field." + name));
        field.setId("field-" + name);
        return field;
    }

    private <E extends Enum<E>> Select<E> select(String name, E[] values,
            java.util.function.Function<E, String> key) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation("tracker.field." + name));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("tracker.field.notSet"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("tracker.field.notSet")
                : getTranslation(key.apply(value)));
        select.setId("field-" + name);
        return select;
    }

    void read(TrackedApplication a) {
        company.setValue(a.company());
        title.setValue(a.title());
        url.setValue(nz(a.url()));
        source.setValue(a.source());
        city.setValue(nz(a.city()));
        state.setValue(nz(a.state()));
        zip.setValue(nz(a.zip()));
        location.setValue(nz(a.location()));
        employmentType.setValue(a.employmentType());
        shift.setValue(a.shift());
        setting.setValue(a.setting());
        salaryMin.setValue(a.salaryMin());
        salaryMax.setValue(a.salaryMax());
        salaryPeriod.setValue(a.salaryPeriod());
        expectedPay.setValue(a.expectedPay());
        offeredPay.setValue(a.offeredPay());
        priority.setValue(a.priority());
        tags.setValue(String.join(", ", a.tags()));
        appliedOn.setValue(a.appliedOn());
        postingText.setValue(nz(a.postingText()));
        version = a.version();
        resumeVersionId = a.resumeVersionId();
        coverLetterVersionId = a.coverLetterVersionId();
    }

    /**
     * After a stage move from the same page: takes the new version (only when nobody else saved in
     * between) and the applied date, keeping everything typed.
     */
    void afterMove(TrackedApplication before, TrackedApplication after) {
        if (version != null && version == before.version()) {
            version = after.version();
        }
        if (appliedOn.isEmpty()) {
            appliedOn.setValue(after.appliedOn());
        }
    }

    /**
     * After the documents sent were recorded from the same page: takes their ids, and the new version
     * when nobody else saved in between, keeping everything typed.
     */
    void afterDocuments(TrackedApplication before, TrackedApplication after) {
        afterMove(before, after);
        resumeVersionId = after.resumeVersionId();
        coverLetterVersionId = after.coverLetterVersionId();
    }

    /** The draft to save; the stage is left out (null keeps it), since the page moves stages with history. */
    ApplicationDraft draft() {
        return new ApplicationDraft(company.getValue(), title.getValue(), location.getValue(), city.getValue(),
                state.getValue(), zip.getValue(), url.getValue(), source.getValue(), employmentType.getValue(),
                shift.getValue(), setting.getValue(), salaryMin.getValue(), salaryMax.getValue(),
                salaryPeriod.getValue(), expectedPay.getValue(), offeredPay.getValue(), postingText.getValue(),
                null, null, priority.getValue(), Tags.parse(tags.getValue()), appliedOn.getValue(),
                resumeVersionId, coverLetterVersionId, version);
    }

    /** Shows errors at the fields and answers those no field took. */
    Map<String, String> showErrors(Map<String, String> errors) {
        return FieldErrors.show(errors, byName);
    }

    /** Takes the version after a successful save, keeping the form as typed. */
    void saved(TrackedApplication a) {
        read(a);
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
