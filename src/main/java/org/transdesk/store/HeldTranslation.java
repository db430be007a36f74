package org.transdesk.store;

import java.util.Objects;

/** A returned translation not applied (conflict, stale, protected, invalid), kept for the desk to decide. */
public record HeldTranslation(long segmentId, String lang, String target, String state, String reason) {
  public HeldTranslation {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
  }
}
