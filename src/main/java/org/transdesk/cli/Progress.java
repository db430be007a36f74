package org.transdesk.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long runs, shown only when stderr is a terminal and --quiet is off;
 * otherwise every call does nothing, so machine output and logs stay clean.
 */
public final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar of `total` steps (-1 when unknown), labelled with what is being done. */
  public static Progress start(Context context, String task, long total) {
    if (!context.progress()) return new Progress(null);
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(context.color() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(200)
        .continuousUpdate()
        .build();
    return new Progress(bar);
  }

  public void step(long n) {
    if (bar != null) bar.stepBy(n);
  }

  public void extraMessage(String message) {
    if (bar != null) bar.setExtraMessage(message);
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
