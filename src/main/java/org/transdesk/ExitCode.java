package org.transdesk;

/** The process exit codes of the command contract (DESIGN.md, "Commands"). */
public enum ExitCode {
  OK(0),
  FINDINGS(1),
  USAGE(2),
  REJECTED(3),
  FAILURE(4),
  BUG(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The more serious of two outcomes, for commands that handle several files. */
  public ExitCode worst(ExitCode other) {
    return other.code > code ? other : this;
  }
}
