package org.transdesk.imports;

import java.util.Objects;

/** One finding of the checks on an applied unit, as import stores and prints it. */
public record CheckFinding(String rule, String severity, String message, String span) {
  public CheckFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    span = span == null ? "" : span;
  }
}
