package com.clintrack;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of the Spring tests that run on real PostgreSQL (see {@link PostgresTestDatabase}). All
 * subclasses share one database and one Spring context.
 */
@IntegrationTest
public abstract class PostgresIntegrationTest {

    @BeforeAll
    static void requirePostgres() {
        Assumptions.assumeTrue(PostgresTestDatabase.available(),
                () -> "PostgreSQL is not available: " + PostgresTestDatabase.unavailableReason());
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresTestDatabase.get().url());
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.get().username());
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.get().password());
    }
}
