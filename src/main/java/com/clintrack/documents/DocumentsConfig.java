package com.clintrack.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One keyword matcher for the role, compiled once. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfig {

    @Bean
    KeywordMatcher keywordMatcher(RoleData roleData) {
        return new KeywordMatcher(roleData.dictionary());
    }
}
