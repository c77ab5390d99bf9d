package com.clintrack.careerguide;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which version of each role the career guide shows: the latest stored revision, else the bundled file.
 * Each read asks the database for the latest revision id (a small indexed query), so every instance of the
 * app sees an upload or a restore at once; parsed files are cached by revision id. Callers hold a
 * transaction.
 */
@Component
class ActiveRoles {

    private static final Logger log = LoggerFactory.getLogger(ActiveRoles.class);

    /** A role as shown now. {@code revision} is null when it is the bundled file. */
    record ActiveRole(ParsedRole role, @Nullable Integer revision) {
    }

    /** A parsed stored revision; {@code role} is null when its content no longer passes the checks. */
    private record Cached(long versionId, @Nullable ParsedRole role) {
    }

    private final BundledRoles bundled;
    private final RoleProfileVersionRepository versions;
    private final RoleFileParser parser;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ActiveRoles(BundledRoles bundled, RoleProfileVersionRepository versions, RoleFileParser parser) {
        this.bundled = bundled;
        this.versions = versions;
        this.parser = parser;
    }

    Optional<ActiveRole> find(String slug) {
        return versions.findLatest(slug).map(this::resolve).orElseGet(() -> fromBundle(slug));
    }

    /** Every role, by title. */
    List<ActiveRole> all() {
        Map<String, ActiveRole> roles = new LinkedHashMap<>();
        bundled.all().forEach(file -> roles.put(file.role().slug(), new ActiveRole(file.role(), null)));
        for (VersionRef latest : versions.findLatest()) {
            resolve(latest).ifPresent(role -> roles.put(latest.slug(), role));
        }
        return roles.values().stream()
                .sorted(Comparator.comparing((ActiveRole role) -> role.role().profile().title())
                        .thenComparing(role -> role.role().slug()))
                .toList();
    }

    private Optional<ActiveRole> resolve(VersionRef latest) {
        Cached cached = cache.get(latest.slug());
        if (cached == null || cached.versionId() != latest.id()) {
            cached = new Cached(latest.id(), parseStored(latest));
            cache.put(latest.slug(), cached);
        }
        ParsedRole role = cached.role();
        return role == null ? fromBundle(latest.slug()) : Optional.of(new ActiveRole(role, latest.revision()));
    }

    private @Nullable ParsedRole parseStored(VersionRef latest) {
        RoleProfileVersion version = versions.findById(latest.id())
                .orElseThrow(() -> new IllegalStateException("Revision " + latest + " vanished"));
        try {
            return parser.parse(version.fileName(), version.content().getBytes(StandardCharsets.UTF_8));
        } catch (RoleFileException e) {
            log.error("Career guide: revision {} of role {} no longer passes the checks, so the bundled file is "
                    + "shown instead. Upload a fixed version. {}", latest.revision(), latest.slug(), e.getMessage());
            return null;
        }
    }

    private Optional<ActiveRole> fromBundle(String slug) {
        return bundled.find(slug).map(file -> new ActiveRole(file.role(), null));
    }
}
