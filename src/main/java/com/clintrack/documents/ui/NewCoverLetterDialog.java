package com.clintrack.documents.ui;

import com.clintrack.assistant.AssistantService;
import com.clintrack.assistant.Tone;
import com.clintrack.base.ui.Notifications;
import com.clintrack.documents.CoverLetterDetail;
import com.clintrack.documents.CoverLetterRequest;
import com.clintrack.documents.CoverLetterService;
import com.clintrack.documents.DocumentLimits;
import com.clintrack.documents.JobApplications;
import com.clintrack.documents.ResumeService;
import com.clintrack.documents.ResumeSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A new cover letter: which resume, which job (from an application or typed in), and the tone. */
class NewCoverLetterDialog extends Dialog {

    private static final int CHOICES = 100;

    NewCoverLetterDialog(CoverLetterService letters, ResumeService resumes, AssistantService assistant,
            JobApplications applications) {
        setId("new-letter-dialog");
        setHeaderTitle(getTranslation("documents.letter.new"));
        setWidth("min(40rem, 100vw)");

        ComboBox<ResumeSummary> resume = new ComboBox<>(getTranslation("documents.field.resume"));
        resume.setItems(resumes.list(PageRequest.of(0, CHOICES, Sort.by(Sort.Direction.DESC, "updatedAt"))).getContent());
        resume.setItemLabelGenerator(ResumeSummary::title);
        resume.setHelperText(getTranslation("documents.field.resume.helper"));
        resume.setId("letter-resume");
        resume.getListDataView().getItems().findFirst().ifPresent(resume::setValue);

        ComboBox<JobApplications.ApplicationRef> application = new ComboBox<>(getTranslation("documents.field.application"));
        application.setItems(applications.recent(CHOICES));
        application.setItemLabelGenerator(JobApplications.ApplicationRef::label);
        application.setHelperText(getTranslation("documents.field.application.helper"));
        application.setClearButtonVisible(true);
        application.setId("letter-application");

        TextField company = new TextField(getTranslation("documents.field.company"));
        company.setMaxLength(DocumentLimits.COMPANY_MAX);
        company.setId("letter-company");
        TextField jobTitle = new TextField(getTranslation("documents.field.jobTitle"));
        jobTitle.setMaxLength(DocumentLimits.JOB_TITLE_MAX);
        jobTitle.setId("letter-job-title");
        TextArea posting = new TextArea(getTranslation("documents.match.posting"));
        posting.setMaxLength(DocumentLimits.POSTING_MAX);
        posting.setHelperText(getTranslation("documents.field.posting.helper"));
        posting.setMaxHeight("12rem");
        posting.setId("letter-posting");
        application.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                company.setValue(e.getValue().company());
                jobTitle.setValue(e.getValue().title());
                posting.setValue(e.getValue().postingText());
            }
        });
        RadioButtonGroup<Tone> tone = new RadioButtonGroup<>(getTranslation("documents.field.tone"));
        tone.setItems(Tone.values());
        tone.setItemLabelGenerator(t -> getTranslation("documents.tone." + t));
        tone.setValue(Tone.PROFESSIONAL);
        tone.setId("letter-tone");

        FormLayout form = new FormLayout(resume, application, company, jobTitle, posting, tone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(posting, 2);
        form.setColspan(tone, 2);
        add(form, AssistantConsent.of(assistant));

        Button draft = new Button(getTranslation("documents.letter.draft"), e -> DocumentsUi.attempt(this, () -> {
            CoverLetterDetail created = letters.create(new CoverLetterRequest(
                    resume.getValue() == null ? null : resume.getValue().id(),
                    application.getValue() == null ? null : application.getValue().id(),
                    company.getValue(), jobTitle.getValue(), posting.getValue(), tone.getValue()));
            close();
            if (created.notice() != null) {
                Notifications.error(created.notice(), getTranslation("common.close"));
            }
            UI.getCurrent().navigate(CoverLetterEditorView.class, created.id());
        }));
        draft.addThemeVariants(ButtonVariant.PRIMARY);
        draft.setId("draft-letter");
        draft.setDisableOnClick(true);
        draft.addClickListener(e -> draft.setEnabled(true));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), draft);
    }
}
