package org.transdesk;

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
 * Produces items on a second thread while the caller consumes them, in order: reading a returned
 * XLIFF file while import decides and writes, reading rows from SQLite while export writes XML. A
 * desk machine has two cores and both sides cost about the same. A few batches wait in between,
 * so memory stays flat. A failure of the producer reaches the caller after the items produced
 * before it; a failure of the consumer stops the producer within the queue's size. Reusable for
 * several runs; one run at a time.
 */
public final class HandOff<T> implements AutoCloseable {
  private static final int BATCH = 256;
  private static final int BATCHES = 8;
  private static final List<Object> END = List.of();

  private final ExecutorService producer;

  public HandOff(String threadName) {
    this.producer = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Thrown on the producer's side when the consumer gave up. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super(null, null, false, false);
    }
  }

  /**
   * Runs {@code source} on the hand-off's thread, giving it a consumer for what it produces, and
   * hands each item to {@code sink} on this thread; returns how many items passed.
   */
  @SuppressWarnings("unchecked")
  public int run(Consumer<Consumer<T>> source, Consumer<T> sink) {
    BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES);
    AtomicBoolean cancelled = new AtomicBoolean();
    Future<?> produced = producer.submit(() -> {
      List<List<Object>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
      try {
        source.accept(item -> {
          batch.get(0).add(item);
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
      for (List<Object> batch = queue.take(); batch != END; batch = queue.take()) {
        for (Object item : batch) {
          sink.accept((T) item);
          count++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled.set(true);
      throw new IllegalStateException("interrupted while waiting for the reading thread", e);
    } catch (RuntimeException | Error e) {
      cancelled.set(true);
      await(produced, true);
      throw e;
    }
    await(produced, false);
    return count;
  }

  /** Waits for the producer (so what it opened is closed); rethrows its failure unless the consumer already failed. */
  private static void await(Future<?> produced, boolean quietly) {
    try {
      produced.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the reading thread", e);
    } catch (ExecutionException e) {
      if (quietly || e.getCause() instanceof Cancelled) return;
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void put(BlockingQueue<List<Object>> queue, List<Object> batch, AtomicBoolean cancelled) {
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
