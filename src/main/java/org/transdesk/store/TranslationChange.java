package org.transdesk.store;

import java.util.Objects;

/**
 * One change of a translation by an import: the row it replaces (null target when there was none)
 * and the row it writes, with the reason recorded in history (import, force, overwrite-final).
 */
public record TranslationChange(long segmentId, String lang, String oldTarget, String oldState,
    String newTarget, String newState, int newRevision, String translator, String reason) {
  public TranslationChange {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(newTarget, "newTarget");
    Objects.requireNonNull(newState, "newState");
    Objects.requireNonNull(reason, "reason");
    if (newRevision < 1) throw new IllegalArgumentException("newRevision < 1: " + newRevision);
  }
}
