package org.transdesk.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why a write failed. A PrintWriter only records that one did, and
 * Java's System.out swallows the failure entirely, so a report written to a full disk (or to a
 * pipe whose reader died) ended with exit 0 and an empty file.
 */
public final class Stdout extends FilterOutputStream {
  private IOException failure;

  public Stdout(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) failure = e;
    return e;
  }

  /** The first write that failed, or null. */
  public IOException failure() {
    return failure;
  }

  /**
   * The one line to print when the output could not be written, or null when the reader of a pipe
   * went away on purpose ({@code | head}): like other command-line tools, transdesk then ends quietly,
   * though not with 0.
   */
  public static String problem(IOException failure) {
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    if (message.contains("Broken pipe")) return null;
    return "stdout: cannot write the output (" + message + "); nothing of it can be trusted: free space or write it elsewhere, then run the command again";
  }
}
