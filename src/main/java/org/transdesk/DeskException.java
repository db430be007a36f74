package org.transdesk;

/** The only error a user sees: one line saying what is wrong, where, and what to do. */
public final class DeskException extends RuntimeException {
  private final ExitCode exitCode;

  public DeskException(ExitCode exitCode, String format, Object... args) {
    super(args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args));
    this.exitCode = exitCode;
  }

  public DeskException(ExitCode exitCode, Throwable cause, String format, Object... args) {
    this(exitCode, format, args);
    initCause(cause);
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
