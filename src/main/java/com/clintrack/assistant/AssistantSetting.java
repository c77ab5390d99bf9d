package com.clintrack.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's consent to send their data to the configured LLM. */
@Entity
@Table(name = "assistant_setting")
class AssistantSetting {

    @Id
    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "llm_enabled", nullable = false)
    private boolean llmEnabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AssistantSetting() {
        this.updatedAt = Instant.EPOCH;
    }

    AssistantSetting(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.updatedAt = now;
    }

    boolean llmEnabled() {
        return llmEnabled;
    }

    void setLlmEnabled(boolean enabled, Instant now) {
        this.llmEnabled = enabled;
        this.updatedAt = now;
    }
}
