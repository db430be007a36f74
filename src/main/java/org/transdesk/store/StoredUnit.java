package org.transdesk.store;

import java.util.Objects;

/**
 * A segment and its current translation into one language, as an import compares a returned unit
 * with it.
 *
 * @param segmentId the segment id (the XLIFF unit id)
 * @param documentId the document the segment belongs to
 * @param source neutral source
 * @param plain source without codes, unescaped
 * @param sourceSha256 the fingerprint of the source
 * @param active false once a newer version of the document dropped the segment
 * @param isProtected the desk never translates this segment
 * @param versionDropped the document version that dropped it, or null
 * @param replacedBy the active segment that replaces it (its changed source), or null
 * @param replacementSource the neutral source of {@code replacedBy}, or null
 * @param target the stored translation, or null when there is none (state new)
 * @param state the stored state ("new" when there is no translation)
 * @param revision the stored revision, 0 when there is no translation
 * @param updatedAt when the translation last changed, or null
 * @param codes the original data of the source's inline codes (segment.codes JSON), or null
 */
public record StoredUnit(long segmentId, long documentId, String source, String plain, String sourceSha256,
    boolean active, boolean isProtected, Integer versionDropped, Long replacedBy, String replacementSource,
    String target, String state, int revision, String updatedAt, String codes) {
  public StoredUnit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceSha256, "sourceSha256");
    Objects.requireNonNull(state, "state");
  }

  public boolean hasTranslation() {
    return target != null;
  }
}
