package org.transdesk.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Produces units on a second thread while the caller writes them. Reading rows from SQLite (and
 * matching the glossary) costs about as much as writing the XML, and a desk machine has two cores.
 * The queue holds a few small batches, so memory stays flat; a failure on either side stops both.
 */
final class UnitPipe implements AutoCloseable {
  private static final int BATCH = 256;
  private static final int BATCHES = 8;
  private static final List<ExportUnit> END = List.of();

  private final ExecutorService producer = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "export-reader");
    thread.setDaemon(true);
    return thread;
  });

  /** The producer feeds units to the consumer it is given, on the pipe's thread. */
  @FunctionalInterface
  interface Source {
    void feed(Consumer<ExportUnit> units);
  }

  /** Thrown on the producer's side when the writing side gave up. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super(null, null, false, false);
    }
  }

  /** Runs {@code source} on the pipe's thread and hands each unit to {@code sink} here; returns how many. */
  int run(Source source, Consumer<ExportUnit> sink) {
    BlockingQueue<List<ExportUnit>> queue = new ArrayBlockingQueue<>(BATCHES);
    AtomicBoolean cancelled = new AtomicBoolean();
    Future<?> produced = producer.submit(() -> {
      List<List<ExportUnit>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
      try {
        source.feed(unit -> {
          batch.get(0).add(unit);
          if (batch.get(0).size() == BATCH) {
            put(queue, batch.get(0), cancelled);
            batch.set(0, new ArrayList<>(BATCH));
          }
        });
        if (!batch.get(0).isEmpty()) put(queue, batch.get(0), cancelled);
      } finally {
        if (!cancelled.get()) put(queue, END, cancelled);
      }
      return null;
    });
    int count = 0;
    try {
      for (List<ExportUnit> batch = queue.take(); batch != END; batch = queue.take()) {
        for (ExportUnit unit : batch) {
          sink.accept(unit);
          count++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled.set(true);
      throw new IllegalStateException("interrupted while exporting", e);
    } catch (RuntimeException | Error e) {
      cancelled.set(true);
      await(produced, true);
      throw e;
    }
    await(produced, false);
    return count;
  }

  /** Waits for the producer; rethrows its failure unless the writing side already failed. */
  private static void await(Future<?> produced, boolean quietly) {
    try {
      produced.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while exporting", e);
    } catch (ExecutionException e) {
      if (quietly || e.getCause() instanceof Cancelled) return;
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void put(BlockingQueue<List<ExportUnit>> queue, List<ExportUnit> batch, AtomicBoolean cancelled) {
    try {
      do {
        if (cancelled.get()) throw new Cancelled();
      } while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  @Override
  public void close() {
    producer.shutdownNow();
  }
}
