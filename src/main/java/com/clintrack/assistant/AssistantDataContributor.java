package com.clintrack.assistant;

import com.clintrack.account.UserDataContributor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The assistant's part of "download my data": whether the user allowed the LLM. Rows cascade on delete. */
@Component
class AssistantDataContributor implements UserDataContributor {

    private final AssistantSettingRepository settings;

    AssistantDataContributor(AssistantSettingRepository settings) {
        this.settings = settings;
    }

    @Override
    public void export(long ownerId, ExportSink sink) {
        boolean enabled = settings.findById(ownerId).map(AssistantSetting::llmEnabled).orElse(false);
        sink.file("assistant.json", ("{\"llmEnabled\": " + enabled + "}\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void deleteAll(long ownerId) {
        // nothing beyond the cascade
    }

    @Override
    public Map<String, Long> counts(long ownerId) {
        return Map.of();
    }
}
