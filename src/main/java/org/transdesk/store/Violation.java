package org.transdesk.store;

import java.util.Objects;

/** One thing `transdesk check` found wrong in a database: which check, and what, in words. */
public record Violation(String check, String message) {
  public Violation {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return check + ": " + message;
  }
}
