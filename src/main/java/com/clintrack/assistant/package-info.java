/**
 * The writing and feedback engine behind the "assistant" features: one interface, an offline
 * implementation (the default, deterministic) and an optional LLM one behind an OpenAI-compatible API.
 */
@NullMarked
package com.clintrack.assistant;

import org.jspecify.annotations.NullMarked;
