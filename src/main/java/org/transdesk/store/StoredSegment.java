package org.transdesk.store;

/**
 * A segment as stored: id (the XLIFF unit id), document, position in the current version (from 1),
 * paragraph, neutral source, plain text, codes JSON (null when none), fingerprint, words, the
 * version that added it, whether it is protected, and the first segment it repeats (null if none).
 */
public record StoredSegment(long id, long documentId, int position, int paragraph, String source, String plain,
    String codes, String sourceSha256, int words, int versionAdded, boolean isProtected, Long repeatOf) {}
