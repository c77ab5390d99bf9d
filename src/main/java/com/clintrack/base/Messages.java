package com.clintrack.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The I18NProvider: every file {@code i18n/*.properties} (UTF-8) is one feature's English bundle, so
 * that features own their texts. Translations go beside them as {@code i18n/<name>_<lang>.properties}.
 */
@Component
public class Messages implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

    private final Map<String, String> english;

    public Messages() {
        this.english = load("classpath*:i18n/*.properties");
    }

    private static Map<String, String> load(String pattern) {
        Map<String, String> all = new HashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name == null || name.contains("_")) {
                    continue; // translations into other languages
                }
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : properties.stringPropertyNames()) {
                    String previous = all.put(key, properties.getProperty(key));
                    if (previous != null) {
                        throw new IllegalStateException("Message key " + key + " is defined twice (" + name + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(all);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DEFAULT_LOCALE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = english.get(key);
        if (pattern == null) {
            log.warn("Missing message key {}", key);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, DEFAULT_LOCALE).format(params);
    }

    /** The text for a key, for code outside a Vaadin component (services, mails). */
    public String get(String key, Object... params) {
        return getTranslation(key, DEFAULT_LOCALE, params);
    }
}
