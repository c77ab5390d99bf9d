package com.clintrack.documents;

import java.util.List;

/**
 * A document kind's history as the history dialog shows it: the versions, two of them compared line by
 * line, and restoring one as the newest version. {@code D} is what a restore answers (the kind's detail).
 */
public interface VersionHistory<D> {

    /** The document's versions, newest first. */
    List<DocumentVersion> versions(long id);

    /** The lines of two versions, compared; {@code older} and {@code newer} are version numbers. */
    List<LineDiff.Line> compare(long id, int older, int newer);

    /** Makes an old version the newest one again. */
    D restore(long id, int number);
}
