package org.transdesk.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long runs, shown only when stderr is a terminal and --quiet is off;
 * otherwise every call does nothing, so machine output and logs stay clean. The bar is coloured only
 * where {@link Context#color()} allows, and it is erased when the run ends.
 */
public final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private final Line line;

  private Progress(ProgressBar bar, Line line) {
    this.bar = bar;
    this.line = line;
  }

  /** A bar of `total` steps (-1 when unknown), labelled with what is being done. */
  public static Progress start(Context context, String task, long total) {
    if (!context.progress()) return new Progress(null, null);
    Line line = new Line(context.err(), Terminal.width(context.env()));
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(context.color() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setConsumer(line)
        .setUpdateIntervalMillis(200)
        .continuousUpdate()
        .clearDisplayOnFinish()
        .build();
    return new Progress(bar, line);
  }

  public void step(long n) {
    if (bar != null) bar.stepBy(n);
  }

  /** What is being worked on now, shown after the bar, e.g. the file's name. */
  public void extraMessage(String message) {
    if (bar != null) bar.setExtraMessage(message);
  }

  /** Erases the bar before a line goes to stdout on the same terminal; the bar comes back at its next update. */
  public void clearLine() {
    if (line != null) line.clear();
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }

  /** Draws the bar on one line of stderr, going back to its start with a carriage return. */
  private static final class Line implements ProgressBarConsumer {
    private final PrintWriter err;
    private final int width;

    Line(PrintWriter err, int width) {
      this.err = err;
      this.width = width;
    }

    @Override public int getMaxRenderedLength() {
      return width - 1;
    }

    @Override public void accept(String rendered) {
      synchronized (err) {
        err.print('\r');
        err.print(rendered);
        err.flush();
      }
    }

    @Override public void close() {
      err.flush();
    }
  }
}
