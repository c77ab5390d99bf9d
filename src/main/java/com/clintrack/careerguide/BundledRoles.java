package com.clintrack.careerguide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * The role files named by {@code clintrack.careerguide.locations}, read and checked once at start-up. A
 * missing or invalid file stops the start-up with the file, the path inside it and the reason: better no
 * app than a career guide with wrong figures.
 */
@Component
class BundledRoles {

    private static final Logger log = LoggerFactory.getLogger(BundledRoles.class);
    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final String PROPERTY = "clintrack.careerguide.locations";

    /** A role file and where it was found. */
    record BundledRole(ParsedRole role, String location) {
    }

    private final Map<String, BundledRole> roles;

    BundledRoles(CareerGuideProperties properties, RoleFileParser parser, ResourceLoader resourceLoader) {
        ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        Map<String, BundledRole> found = new LinkedHashMap<>();
        for (String location : properties.locations()) {
            for (Resource resource : resolve(resolver, location)) {
                BundledRole role = read(parser, resource, location);
                BundledRole clash = found.putIfAbsent(role.role().slug(), role);
                if (clash != null) {
                    throw new RoleFileException("Two role files have the same slug (" + PROPERTY + "):",
                            List.of(new RoleFileProblem(role.role().file(), "$.slug",
                                    "slug \"" + role.role().slug() + "\" is also used by " + clash.location())));
                }
            }
        }
        this.roles = Collections.unmodifiableMap(found);
        log.info("Career guide: {} role file(s) loaded: {}", found.size(), found.keySet());
    }

    private static List<Resource> resolve(ResourcePatternResolver resolver, String location) {
        boolean pattern = location.contains("*") || location.contains("?");
        Resource[] resources;
        try {
            resources = resolver.getResources(location);
        } catch (IOException e) {
            throw new IllegalStateException("Career guide: cannot list the role files at " + location + " ("
                    + PROPERTY + "): " + e.getMessage(), e);
        }
        List<Resource> files = new ArrayList<>();
        for (Resource resource : resources) {
            String name = resource.getFilename();
            if (name == null || name.endsWith(SCHEMA_SUFFIX)) {
                continue;
            }
            if (!resource.exists()) {
                throw new IllegalStateException("Career guide: the role file " + location + " named in " + PROPERTY
                        + " does not exist.");
            }
            files.add(resource);
        }
        if (files.isEmpty()) {
            if (!pattern) {
                throw new IllegalStateException("Career guide: the role file " + location + " named in " + PROPERTY
                        + " does not exist.");
            }
            log.warn("Career guide: no role files match {}", location);
        }
        return files;
    }

    private static BundledRole read(RoleFileParser parser, Resource resource, String location) {
        String name = String.valueOf(resource.getFilename());
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Career guide: cannot read the role file " + resource.getDescription(), e);
        }
        try {
            return new BundledRole(parser.parse(name, content), resource.getDescription());
        } catch (RoleFileException e) {
            throw new RoleFileException("Career guide: the role file " + resource.getDescription() + " (from "
                    + PROPERTY + " " + location + ") is invalid. Fix it or remove it from " + PROPERTY + ":",
                    e.problems());
        }
    }

    Optional<BundledRole> find(String slug) {
        return Optional.ofNullable(roles.get(slug));
    }

    Collection<BundledRole> all() {
        return roles.values();
    }
}
