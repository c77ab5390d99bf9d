package com.clintrack.careerguide;

import com.clintrack.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The career guide's Spring tests: the test profile, MockMvc, the bundled roles plus the small second role
 * from the test resources, and Hibernate statistics for statement counts. One shared configuration, so all
 * of them run in one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "clintrack.careerguide.locations=classpath*:careerguide/*.json,classpath:" + RoleFiles.SAMPLE_ROLE,
        "spring.jpa.properties.hibernate.generate_statistics=true"})
public @interface CareerGuideTest {
}
