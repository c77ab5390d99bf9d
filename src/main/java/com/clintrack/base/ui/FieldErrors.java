package com.clintrack.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's field errors at the fields, keeping what the user typed. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks each named field invalid with its message; answers the messages no field took. */
    public static Map<String, String> show(Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        Map<String, String> unmatched = new java.util.LinkedHashMap<>();
        errors.forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                unmatched.put(name, message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return unmatched;
    }
}
