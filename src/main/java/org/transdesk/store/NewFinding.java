package org.transdesk.store;

import java.util.Objects;

/** A finding to store for a segment and language. */
public record NewFinding(long segmentId, String lang, String rule, String severity, String message, String span) {
  public NewFinding {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }
}
