package com.clintrack.documents.api;

import com.clintrack.documents.DocumentVersion;
import com.clintrack.documents.VersionHistory;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The history routes every versioned document kind answers under its controller's base path, written
 * once so resumes and cover letters keep the same ones. {@code D} is the kind's detail (what a restore
 * answers), {@code C} what one version keeps. Another user's document is the same 404 as a missing one.
 */
interface VersionRoutes<D, C> {

    /** The kind's service. */
    VersionHistory<D> history();

    /** One version's content; {@code number} counts from 1. */
    C versionContent(long id, int number);

    /** The versions, newest first. */
    @GetMapping("/{id}/versions")
    default List<DocumentVersion> versions(@PathVariable long id) {
        return history().versions(id);
    }

    @GetMapping("/{id}/versions/{number}")
    default C version(@PathVariable long id, @PathVariable int number) {
        return versionContent(id, number);
    }

    /** Makes an old version the newest one again; the history keeps everything in between. */
    @PostMapping("/{id}/versions/{number}/restore")
    default D restore(@PathVariable long id, @PathVariable int number) {
        return history().restore(id, number);
    }
}
