package com.clintrack.assistant;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True only when base-url, api-key and model are all set to something, so a blank setting stays offline. */
class LlmConfigured implements Condition {

    static final String[] REQUIRED = {"clintrack.assistant.base-url", "clintrack.assistant.api-key",
            "clintrack.assistant.model"};

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        for (String key : REQUIRED) {
            if (!StringUtils.hasText(environment.getProperty(key))) {
                return false;
            }
        }
        return true;
    }
}
