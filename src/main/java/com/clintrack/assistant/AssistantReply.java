package com.clintrack.assistant;

import org.jspecify.annotations.Nullable;

/**
 * What the assistant produced, which engine produced it, and a notice for the user when the LLM was
 * wanted but the offline engine stepped in.
 */
public record AssistantReply<T>(T value, Engine engine, @Nullable String notice) {

    /** Which implementation answered. */
    public enum Engine { OFFLINE, LLM }
}
