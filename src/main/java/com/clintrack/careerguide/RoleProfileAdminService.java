package com.clintrack.careerguide;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.careerguide.ActiveRoles.ActiveRole;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's side of the career guide: upload a new version of a role file (or a new role), see what
 * changes before applying it, and go back to any earlier version. Uploads pass the same checks as the
 * files the app ships with; a refused upload changes nothing. Everything is audited.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class RoleProfileAdminService {

    /** The largest role file an upload may carry. */
    public static final int MAX_UPLOAD_BYTES = RoleFileParser.MAX_FILE_BYTES;

    /** A role as the admin list shows it. */
    public record RoleAdminSummary(String slug, String title, RoleVersion active, int versions) {
    }

    /**
     * What applying an uploaded file would do.
     *
     * @param newRole whether no role has this slug yet
     * @param activeVersion the version shown now (null for a new role)
     * @param changes the sections that differ from the active version; empty when nothing would change
     */
    public record UploadPreview(String fileName, String slug, String title, int contentVersion, boolean newRole,
            @Nullable RoleVersion activeVersion, List<SectionChange> changes) {

        public UploadPreview {
            changes = List.copyOf(changes);
        }
    }

    private final ActiveRoles activeRoles;
    private final BundledRoles bundled;
    private final RoleProfileVersionRepository versions;
    private final RoleFileParser parser;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    RoleProfileAdminService(ActiveRoles activeRoles, BundledRoles bundled, RoleProfileVersionRepository versions,
            RoleFileParser parser, AuditLog audit, CurrentUser currentUser, Messages messages, Clock clock) {
        this.activeRoles = activeRoles;
        this.bundled = bundled;
        this.versions = versions;
        this.parser = parser;
        this.audit = audit;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every role with the version it shows now: two queries, whatever the number of roles. */
    @Transactional(readOnly = true)
    public List<RoleAdminSummary> roles() {
        Map<String, List<RoleVersion>> stored = versions.findAllHistory().stream()
                .collect(Collectors.groupingBy(RoleVersion::slug));
        return activeRoles.all().stream().map(role -> {
            String slug = role.role().slug();
            List<RoleVersion> history = historyOf(slug, role.revision(), stored.getOrDefault(slug, List.of()));
            RoleVersion active = history.stream().filter(RoleVersion::active).findFirst().orElseThrow();
            return new RoleAdminSummary(slug, role.role().profile().title(), active, history.size());
        }).toList();
    }

    /** The versions of a role, newest first; the bundled file, when there is one, comes last. */
    @Transactional(readOnly = true)
    public List<RoleVersion> history(String slug) {
        ActiveRole active = activeRoles.find(slug).orElseThrow(() -> new NotFoundException("Role " + slug));
        return historyOf(slug, active.revision(), versions.findHistory(slug));
    }

    private List<RoleVersion> historyOf(String slug, @Nullable Integer activeRevision, List<RoleVersion> stored) {
        List<RoleVersion> history = new ArrayList<>();
        for (RoleVersion version : stored) {
            history.add(Objects.equals(version.revision(), activeRevision) ? version.asActive() : version);
        }
        bundled.find(slug).ifPresent(file -> {
            RoleProfile profile = file.role().profile();
            history.add(new RoleVersion(slug, null, profile.version(), profile.title(), file.role().file(),
                    VersionOrigin.BUNDLED, null, null, null, activeRevision == null));
        });
        return List.copyOf(history);
    }

    /**
     * Checks an uploaded file and says what applying it would change. Changes nothing.
     *
     * @throws RoleFileException with every problem at file and path level; the refusal is audited
     */
    @Transactional(readOnly = true)
    public UploadPreview check(String fileName, byte[] content, String ip) {
        ParsedRole role = parseUpload(fileName, content, ip);
        Optional<ActiveRole> active = activeRoles.find(role.slug());
        RoleVersion activeVersion = active.map(current -> activeVersion(role.slug())).orElse(null);
        return new UploadPreview(fileName, role.slug(), role.profile().title(), role.profile().version(),
                active.isEmpty(), activeVersion,
                ProfileDiff.between(active.map(current -> current.role().tree()).orElse(null), role.tree()));
    }

    /**
     * Checks the file again and makes it the active version of its role, in one transaction.
     *
     * @param expectedActive the revision the preview was made against (null: the bundled file or a new role)
     * @throws RoleFileException when the file is invalid
     * @throws ConflictException when the role changed since the preview
     * @throws InvalidInputException when the file would change nothing
     */
    @Transactional
    public RoleVersion apply(String fileName, byte[] content, @Nullable Integer expectedActive, String ip) {
        ParsedRole role = parseUpload(fileName, content, ip);
        Optional<ActiveRole> active = activeRoles.find(role.slug());
        Integer activeRevision = active.map(ActiveRole::revision).orElse(null);
        if (!Objects.equals(activeRevision, expectedActive)) {
            audit(AuditAction.ROLE_PROFILE_UPLOAD, AuditOutcome.FAILURE, role.slug(), ip, fileName + ": changed meanwhile");
            throw new ConflictException(messages.get("guide.admin.error.changedMeanwhile"));
        }
        if (active.isPresent() && ProfileDiff.between(active.get().role().tree(), role.tree()).isEmpty()) {
            throw InvalidInputException.of("file", messages.get("guide.admin.error.noChange"));
        }
        RoleVersion saved = store(role, VersionOrigin.UPLOAD, null);
        audit(AuditAction.ROLE_PROFILE_UPLOAD, AuditOutcome.SUCCESS, role.slug(), ip,
                "revision " + saved.revision() + ", version " + saved.contentVersion() + ", file " + fileName);
        return saved;
    }

    /**
     * Makes an earlier version the active one again, by storing a copy of it as the newest revision; nothing is
     * deleted.
     *
     * @param revision the stored revision to restore, or null for the file the app ships with
     */
    @Transactional
    public RoleVersion restore(String slug, @Nullable Integer revision, String ip) {
        ActiveRole active = activeRoles.find(slug).orElseThrow(() -> new NotFoundException("Role " + slug));
        if (Objects.equals(active.revision(), revision)) {
            throw InvalidInputException.of("revision", messages.get("guide.admin.error.alreadyActive"));
        }
        ParsedRole role;
        if (revision == null) {
            role = bundled.find(slug).orElseThrow(() -> new NotFoundException("Bundled file of role " + slug)).role();
        } else {
            RoleProfileVersion stored = versions.findBySlugAndRevision(slug, revision)
                    .orElseThrow(() -> new NotFoundException("Revision " + revision + " of role " + slug));
            role = parser.parse(stored.fileName(), stored.content().getBytes(StandardCharsets.UTF_8));
        }
        RoleVersion saved = store(role, revision == null ? VersionOrigin.BUNDLED_RESTORE : VersionOrigin.RESTORE,
                revision);
        audit(AuditAction.ROLE_PROFILE_RESTORE, AuditOutcome.SUCCESS, slug, ip, "revision " + saved.revision()
                + " restores " + (revision == null ? "the bundled file" : "revision " + revision));
        return saved;
    }

    /** The text of a version, as it was uploaded (or shipped), for download. */
    @Transactional(readOnly = true)
    public String content(String slug, @Nullable Integer revision) {
        if (revision == null) {
            return bundled.find(slug).orElseThrow(() -> new NotFoundException("Bundled file of role " + slug))
                    .role().text();
        }
        return versions.findBySlugAndRevision(slug, revision)
                .orElseThrow(() -> new NotFoundException("Revision " + revision + " of role " + slug)).content();
    }

    private ParsedRole parseUpload(String fileName, byte[] content, String ip) {
        try {
            ParsedRole role = parser.parse(fileName, content);
            checkVersionRises(role);
            return role;
        } catch (RoleFileException e) {
            RoleFileProblem first = e.problems().getFirst();
            audit(AuditAction.ROLE_PROFILE_UPLOAD, AuditOutcome.FAILURE, null, ip,
                    "refused " + fileName + ": " + e.problems().size() + " problem(s), first " + first.path() + ": "
                            + first.reason());
            throw e;
        }
    }

    /** A new upload must carry a higher {@code version} than every earlier version of its role. */
    private void checkVersionRises(ParsedRole role) {
        int highest = Stream.concat(
                        bundled.find(role.slug()).map(file -> file.role().profile().version()).stream(),
                        versions.findHighestContentVersion(role.slug()).stream())
                .mapToInt(Integer::intValue).max().orElse(0);
        if (role.profile().version() <= highest) {
            throw new RoleFileException("Role file " + role.file() + " is invalid:", List.of(new RoleFileProblem(
                    role.file(), "$.version", "must be greater than " + highest
                            + ", the highest version of role \"" + role.slug() + "\" so far")));
        }
    }

    private RoleVersion activeVersion(String slug) {
        return history(slug).stream().filter(RoleVersion::active).findFirst().orElseThrow();
    }

    private RoleVersion store(ParsedRole role, VersionOrigin origin, @Nullable Integer restoredFrom) {
        int next = versions.findLatest(role.slug()).map(latest -> latest.revision() + 1).orElse(1);
        AppUserPrincipal admin = currentUser.require();
        Instant now = clock.instant();
        RoleProfileVersion version = new RoleProfileVersion(role, next, origin, restoredFrom, now, admin.id(),
                admin.email());
        try {
            versions.saveAndFlush(version);
        } catch (DataIntegrityViolationException e) {
            // Another admin stored revision "next" of this role at the same moment.
            throw new ConflictException(messages.get("guide.admin.error.changedMeanwhile"));
        }
        return new RoleVersion(role.slug(), next, role.profile().version(), role.profile().title(), role.file(),
                origin, restoredFrom, now, admin.email(), true);
    }

    private void audit(AuditAction action, AuditOutcome outcome, @Nullable String slug, String ip, String detail) {
        AppUserPrincipal admin = currentUser.require();
        audit.record(action, outcome, admin.id(), admin.email(), slug == null ? null : "role:" + slug, ip, detail);
    }
}
