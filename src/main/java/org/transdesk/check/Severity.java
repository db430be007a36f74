package org.transdesk.check;

import java.util.Locale;

/** How serious a finding is; each level knows its spelling in text output and in SARIF. */
public enum Severity {
  ERROR("error", "error"),
  WARNING("warning", "warning"),
  INFO("info", "note");

  private final String label;
  private final String sarifLevel;

  Severity(String label, String sarifLevel) {
    this.label = label;
    this.sarifLevel = sarifLevel;
  }

  /** The word used in text and JSON output and in the database: error, warning, info. */
  public String label() {
    return label;
  }

  /** SARIF 2.1.0 §3.27.10 `level`: error, warning, note. */
  public String sarifLevel() {
    return sarifLevel;
  }

  /** True when this severity is as serious as {@code other} or more. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /** Parses error, warning or info (any case); null for anything else. */
  public static Severity fromLabel(String label) {
    for (Severity severity : values()) {
      if (severity.label.equals(label.toLowerCase(Locale.ROOT))) return severity;
    }
    return null;
  }

  @Override
  public String toString() {
    return label;
  }
}
