package com.clintrack.documents.ui;

import com.clintrack.assistant.AssistantService;
import com.vaadin.flow.component.checkbox.Checkbox;

/** The user's switch for the optional AI assistant; shown only when the server has one configured. */
final class AssistantConsent {

    private AssistantConsent() {
    }

    static Checkbox of(AssistantService assistant) {
        Checkbox useLlm = new Checkbox(useLabel(assistant));
        useLlm.setId("use-llm");
        useLlm.setVisible(assistant.llmAvailable());
        if (assistant.llmAvailable()) {
            useLlm.setValue(assistant.llmEnabled());
            useLlm.setHelperText(useLlm.getTranslation("documents.llm.helper"));
            useLlm.addValueChangeListener(e -> assistant.enableLlm(e.getValue()));
        }
        return useLlm;
    }

    private static String useLabel(AssistantService assistant) {
        return new Checkbox().getTranslation("documents.llm.use");
    }
}
