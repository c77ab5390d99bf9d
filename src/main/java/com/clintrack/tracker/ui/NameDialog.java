package com.clintrack.tracker.ui;

import com.clintrack.base.InvalidInputException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks for one name, such as the name of a saved filter. */
class NameDialog extends Dialog {

    NameDialog(String title, String label, int maxLength, Consumer<String> onSave) {
        setHeaderTitle(title);
        setId("name-dialog");
        TextField name = new TextField(label);
        name.setMaxLength(maxLength);
        name.setRequiredIndicatorVisible(true);
        name.setId("name-field");
        name.setWidthFull();
        add(name);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                onSave.accept(name.getValue());
                close();
            } catch (InvalidInputException ex) {
                name.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("name-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
