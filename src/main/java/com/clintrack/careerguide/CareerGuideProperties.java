package com.clintrack.careerguide;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the career guide's role files are.
 *
 * @param locations Spring resource locations or patterns ({@code classpath*:careerguide/*.json},
 *     {@code file:/etc/clintrack/roles/*.json}); files ending in {@code .schema.json} are skipped. A named file
 *     that is missing or invalid stops the start-up.
 * @param defaultRole the role that {@code /career-guide} opens
 */
@ConfigurationProperties("clintrack.careerguide")
public record CareerGuideProperties(
        @DefaultValue("classpath*:careerguide/*.json") List<String> locations,
        @DefaultValue("clinical-technician") String defaultRole) {
}
