package com.clintrack.tracker.ui;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.FieldErrors;
import com.clintrack.base.ui.Notifications;
import com.clintrack.tracker.FollowUpEntry;
import com.clintrack.tracker.NoteEntry;
import com.clintrack.tracker.TrackerLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Edits one note or one follow-up of an application, starting from its current values. The save callback
 * hands the input to the service; when the service refuses it, the message shows at the field and the
 * dialog stays open with what the user typed.
 */
final class ItemEditDialog extends Dialog {

    private final Button save;

    private ItemEditDialog(Component owner, String titleKey, String idPrefix, Map<String, ? extends HasValidation> fields,
            Runnable onSave) {
        setHeaderTitle(owner.getTranslation(titleKey));
        // A stray tap beside a long note on a phone must not throw the edit away: Cancel or Esc close it.
        setCloseOnOutsideClick(false);
        setId(idPrefix + "-dialog");
        setWidth("min(32rem, 100vw)");
        save = new Button(owner.getTranslation("common.save"), e -> {
            try {
                onSave.run();
                close();
            } catch (InvalidInputException ex) {
                Map<String, String> rest = FieldErrors.show(ex.fieldErrors(), fields);
                if (!rest.isEmpty()) {
                    Notifications.error(String.join(" ", rest.values()), owner.getTranslation("common.close"));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(idPrefix + "-save");
        Button cancel = new Button(owner.getTranslation("common.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, save);
    }

    /** The note's text in a text area; Enter starts a new line there, so only the button saves. */
    static ItemEditDialog note(Component owner, NoteEntry note, Consumer<String> onSave) {
        TextArea text = new TextArea(owner.getTranslation("tracker.note.text"));
        text.setMaxLength(TrackerLimits.NOTE_MAX);
        text.setHelperText(owner.getTranslation("tracker.note.helper", TrackerLimits.NOTE_MAX));
        text.setRequiredIndicatorVisible(true);
        text.setValue(note.text());
        text.setWidthFull();
        text.addClassName("tracker-note-editor");
        text.setId("note-edit-text");
        ItemEditDialog dialog = new ItemEditDialog(owner, "tracker.note.edit", "note-edit", Map.of("text", text),
                () -> onSave.accept(text.getValue()));
        dialog.add(text);
        return dialog;
    }

    /** The follow-up's title on a row of its own, its due date below; Enter in the title saves. */
    static ItemEditDialog followUp(Component owner, FollowUpEntry followUp, BiConsumer<String, LocalDate> onSave) {
        TextField title = new TextField(owner.getTranslation("tracker.followUp.title"));
        title.setMaxLength(TrackerLimits.FOLLOW_UP_TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setValue(followUp.title());
        title.setId("follow-up-edit-title");
        DatePicker due = new DatePicker(owner.getTranslation("tracker.followUp.due"));
        due.setRequiredIndicatorVisible(true);
        due.setValue(followUp.dueOn());
        due.setId("follow-up-edit-due");
        FormLayout form = new FormLayout(title, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        ItemEditDialog dialog = new ItemEditDialog(owner, "tracker.followUp.edit", "follow-up-edit",
                Map.of("title", title, "dueOn", due), () -> onSave.accept(title.getValue(), due.getValue()));
        dialog.save.addClickShortcut(Key.ENTER).listenOn(title);
        dialog.add(form);
        return dialog;
    }
}
