package com.clintrack.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with the OWASP minimum: 19 MiB of memory, 2 iterations, parallelism 1. Spring's own
 * default uses 16 MiB, below that floor. Hashes with weaker settings are upgraded at sign-in.
 */
@Configuration(proxyBeanMethods = false)
public class PasswordHashing {

    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;
    public static final int PARALLELISM = 1;
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }
}
