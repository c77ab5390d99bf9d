package com.clintrack.tracker.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.tracker.ContactData;
import com.clintrack.tracker.ContactDraft;
import com.clintrack.tracker.ContactRole;
import com.clintrack.tracker.TrackerLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** A new contact: name, role, email, phone, LinkedIn and notes. A failed save keeps the input. */
class ContactDialog extends Dialog {

    ContactDialog(Component owner, Consumer<ContactDraft> onSave) {
        this(owner, null, onSave);
    }

    /** With {@code existing}, edits that contact (its version travels along for the conflict check). */
    ContactDialog(Component owner, @Nullable ContactData existing, Consumer<ContactDraft> onSave) {
        setHeaderTitle(owner.getTranslation(existing == null ? "tracker.contact.add" : "tracker.contact.edit"));
        setId("contact-dialog");
        TextField name = new TextField(owner.getTranslation("tracker.contact.name"));
        name.setMaxLength(TrackerLimits.CONTACT_NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setId("contact-name");
        Select<ContactRole> role = new Select<>();
        role.setLabel(owner.getTranslation("tracker.contact.role"));
        role.setItems(ContactRole.values());
        role.setEmptySelectionAllowed(true);
        role.setItemLabelGenerator(r -> r == null ? owner.getTranslation("tracker.field.notSet")
                : owner.getTranslation(r.messageKey()));
        role.setId("contact-role");
        EmailField email = new EmailField(owner.getTranslation("tracker.contact.email"));
        email.setMaxLength(TrackerLimits.EMAIL_MAX);
        email.setId("contact-email");
        TextField phone = new TextField(owner.getTranslation("tracker.contact.phone"));
        phone.setMaxLength(TrackerLimits.PHONE_MAX);
        phone.setId("contact-phone");
        TextField linkedin = new TextField(owner.getTranslation("tracker.contact.linkedin"));
        linkedin.setMaxLength(TrackerLimits.LINKEDIN_MAX);
        linkedin.setHelperText(owner.getTranslation("tracker.field.url.helper"));
        linkedin.setId("contact-linkedin");
        TextArea notes = new TextArea(owner.getTranslation("tracker.contact.notes"));
        notes.setMaxLength(TrackerLimits.CONTACT_NOTES_MAX);
        if (existing != null) {
            name.setValue(existing.name());
            role.setValue(existing.role());
            email.setValue(existing.email() == null ? "" : existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            linkedin.setValue(existing.linkedinUrl() == null ? "" : existing.linkedinUrl());
            notes.setValue(existing.notes() == null ? "" : existing.notes());
        }
        Long version = existing == null ? null : existing.version();
        FormLayout form = new FormLayout(name, role, email, phone, linkedin, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        Map<String, HasValidation> fields = Map.of("name", name, "email", email, "phone", phone,
                "linkedinUrl", linkedin, "notes", notes);
        Button save = new Button(owner.getTranslation("common.save"), e -> {
            try {
                onSave.accept(new ContactDraft(name.getValue(), role.getValue(), email.getValue(), phone.getValue(),
                        linkedin.getValue(), notes.getValue(), version));
                close();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex.fieldErrors(), fields);
            } catch (OptimisticLockingFailureException ex) {
                Notifications.error(owner.getTranslation("tracker.contact.conflict"),
                        owner.getTranslation("common.close"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("contact-save");
        Button cancel = new Button(owner.getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
