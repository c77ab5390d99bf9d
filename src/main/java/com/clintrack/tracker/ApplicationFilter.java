package com.clintrack.tracker;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The list filters. They travel as URL query parameters ({@code stage, tag, source, setting, shift, q}),
 * so that a filtered list can be bookmarked and saved.
 */
public record ApplicationFilter(@Nullable Stage stage, @Nullable String tag, @Nullable String source,
        @Nullable CareSetting setting, @Nullable Shift shift, @Nullable String text) {

    public static final ApplicationFilter NONE = new ApplicationFilter(null, null, null, null, null, null);

    public static ApplicationFilter ofStageAndText(@Nullable Stage stage, @Nullable String text) {
        return new ApplicationFilter(stage, null, null, null, null, text);
    }

    /** Reads query parameters; unknown or malformed values are ignored. */
    public static ApplicationFilter fromParameters(Map<String, List<String>> parameters) {
        return new ApplicationFilter(
                parseEnum(Stage.class, first(parameters, "stage")),
                blankToNull(first(parameters, "tag")),
                blankToNull(first(parameters, "source")),
                parseEnum(CareSetting.class, first(parameters, "setting")),
                parseEnum(Shift.class, first(parameters, "shift")),
                blankToNull(first(parameters, "q")));
    }

    /** Reads a query string such as {@code stage=APPLIED&q=lab}. */
    public static ApplicationFilter fromQueryString(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        List.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
            }
        }
        return fromParameters(parameters);
    }

    /** The non-empty filters as query parameters, in a stable order. */
    public Map<String, String> toParameters() {
        Map<String, String> map = new LinkedHashMap<>();
        if (stage != null) {
            map.put("stage", stage.name());
        }
        putIfPresent(map, "tag", tag);
        putIfPresent(map, "source", source);
        if (setting != null) {
            map.put("setting", setting.name());
        }
        if (shift != null) {
            map.put("shift", shift.name());
        }
        putIfPresent(map, "q", text);
        return map;
    }

    public String toQueryString() {
        StringBuilder out = new StringBuilder();
        toParameters().forEach((key, value) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    public boolean isEmpty() {
        return toParameters().isEmpty();
    }

    private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
