package com.clintrack.documents;

import com.clintrack.base.NotFoundException;
import com.clintrack.security.CurrentUser;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The versioning that resumes and cover letters share, over one kind's two repositories: version 1 on
 * create, the stale-save guard, a snapshot for every save that changes something, and the history (list,
 * one version, compare, restore). Every lookup is scoped to the signed-in user. Not a bean: each service
 * keeps one for its kind and calls it inside its own transactions.
 */
final class Versioning<D extends VersionedDocument<V>, V extends DocumentSnapshot> {

    private final Class<D> type;
    private final String name;
    private final VersionedDocumentRepository<D> documents;
    private final DocumentSnapshotRepository<V> versions;
    private final CurrentUser currentUser;

    /** {@code name} is what a not-found error calls the document ("Resume"; its versions "Resume version"). */
    Versioning(Class<D> type, String name, VersionedDocumentRepository<D> documents,
            DocumentSnapshotRepository<V> versions, CurrentUser currentUser) {
        this.type = type;
        this.name = name;
        this.documents = documents;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    /** The user's document; another user's id is the same "not found" as a missing one. */
    D load(long id) {
        return documents.findByIdAndOwnerId(id, currentUser.id()).orElseThrow(() -> new NotFoundException(name));
    }

    /** Saves a new document and keeps it as version 1. */
    D create(D document) {
        D saved = documents.save(document);
        versions.save(saved.snapshot());
        return saved;
    }

    /**
     * The document for a save. {@code expectedVersion} (the lock counter the editor loaded) refuses a
     * save over someone else's; null skips the check.
     */
    D loadForSave(long id, @Nullable Long expectedVersion) {
        D document = load(id);
        if (expectedVersion != null && expectedVersion != document.version()) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
        return document;
    }

    /**
     * Runs a revision of the document; when it changed something, the change is flushed (so the lock
     * counter the caller returns is current) and kept as the next version.
     */
    void save(D document, BooleanSupplier revision) {
        if (revision.getAsBoolean()) {
            documents.flush();
            versions.save(document.snapshot());
        }
    }

    /** The document's versions, newest first. */
    List<DocumentVersion> list(long id) {
        D document = load(id);
        return versions.findByDocumentIdAndOwnerIdOrderByNumberDesc(document.id(), currentUser.id()).stream()
                .map(v -> new DocumentVersion(v.id(), v.number(), v.label(), v.createdAt())).toList();
    }

    V version(long id, int number) {
        return versions.findByDocumentIdAndOwnerIdAndNumber(id, currentUser.id(), number)
                .orElseThrow(() -> new NotFoundException(name + " version"));
    }

    /** Two versions' lines compared; {@code older} and {@code newer} are version numbers. */
    List<LineDiff.Line> compare(long id, int older, int newer, Function<V, List<String>> lines) {
        return LineDiff.of(lines.apply(version(id, older)), lines.apply(version(id, newer)));
    }

    /**
     * Hands an old version and the document to {@code saveAgain}, which saves the old state as the newest
     * version; the history keeps everything in between.
     */
    <R> R restore(long id, int number, BiFunction<D, V, R> saveAgain) {
        V old = version(id, number);
        return saveAgain.apply(load(id), old);
    }
}
