package com.clintrack.careerguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;

/** A role file named in configuration that is missing or invalid stops the start-up, saying why. */
class RoleFileStartupTest {

    @Test
    void theWholeAppRefusesToStartWithAMalformedRoleFile() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("clintrack.careerguide.locations=classpath:careerguide-broken/broken-role.json",
                        "server.port=0", "spring.main.banner-mode=off");

        assertThatThrownBy(() -> {
            try (ConfigurableApplicationContext context = app.run()) {
                context.getBean(BundledRoles.class);
            }
        }).satisfies(failure -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            assertThat(cause).isInstanceOf(RoleFileException.class);
            assertThat(cause.getMessage())
                    .contains("broken-role.json")
                    .contains("clintrack.careerguide.locations")
                    .contains("$.keyFacts.medianSalaryUsd")
                    .contains("string found, integer expected");
        });
    }

    /** Only the loader, for the cases that need no whole app. */
    private final ApplicationContextRunner loader = new ApplicationContextRunner().withUserConfiguration(Loader.class);

    @EnableConfigurationProperties(CareerGuideProperties.class)
    @Import({RoleFileParser.class, BundledRoles.class})
    static class Loader {
    }

    @Test
    void aMissingRoleFileIsNamed() {
        loader.withPropertyValues("clintrack.careerguide.locations=classpath:careerguide-fixtures/no-such-role.json")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("careerguide-fixtures/no-such-role.json")
                        .hasMessageContaining("does not exist"));
    }

    @Test
    void twoFilesWithTheSameSlugAreRefused() {
        loader.withPropertyValues("clintrack.careerguide.locations=classpath:" + RoleFiles.SAMPLE_ROLE
                        + ",classpath:" + RoleFiles.SAMPLE_ROLE)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("same slug").hasMessageContaining("sample-technician"));
    }

    @Test
    void theDefaultLocationLoadsTheBundledRolesAndSkipsTheSchema() {
        loader.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(BundledRoles.class).all()).extracting(role -> role.role().slug())
                    .containsExactly("clinical-technician");
        });
    }
}
