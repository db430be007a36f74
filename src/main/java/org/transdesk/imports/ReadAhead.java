package org.transdesk.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a returned file on a thread of its own while the caller decides and writes the units read
 * before: parsing XML costs about as much as the look-ups, triage and inserts together, and a desk
 * machine has two cores. The handler is called on the caller's thread, in document order, exactly
 * as the wrapped reader would call it; a few batches of units wait in between, so memory stays
 * flat. A refusal of the reader reaches the caller after the units read before it; a failure of
 * the handler stops the reading.
 */
final class ReadAhead implements UnitReader {
  private static final int BATCH = 256;
  private static final int BATCHES = 8;

  private final UnitReader reader;

  ReadAhead(UnitReader reader) {
    this.reader = reader;
  }

  /** The end of the file, or the reader's failure. */
  private record End(Throwable failure) {}

  /** Thrown on the reading side when the handler gave up. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super(null, null, false, false);
    }
  }

  @Override
  public void read(Path file, String name, Handler handler) {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    AtomicBoolean cancelled = new AtomicBoolean();
    Thread thread = new Thread(() -> produce(file, name, queue, cancelled), "import-reader");
    thread.setDaemon(true);
    thread.start();
    try {
      consume(queue, handler);
    } catch (RuntimeException | Error e) {
      cancelled.set(true);
      join(thread);
      throw e;
    }
    join(thread);
  }

  private void produce(Path file, String name, BlockingQueue<Object> queue, AtomicBoolean cancelled) {
    Throwable failure = null;
    try {
      Batches batches = new Batches(queue, cancelled);
      reader.read(file, name, batches);
      batches.flush();
    } catch (Cancelled e) {
      return;
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    try {
      put(queue, new End(failure), cancelled);
    } catch (Cancelled e) {
      // the handler gave up first: nobody waits for the end
    }
  }

  /** Collects the units read into batches and queues them, each file before its units. */
  private static final class Batches implements Handler {
    private final BlockingQueue<Object> queue;
    private final AtomicBoolean cancelled;
    private List<ReturnedUnit> batch = new ArrayList<>(BATCH);

    Batches(BlockingQueue<Object> queue, AtomicBoolean cancelled) {
      this.queue = queue;
      this.cancelled = cancelled;
    }

    @Override
    public void file(ReturnedFile file) {
      flush();
      put(queue, file, cancelled);
    }

    @Override
    public void unit(ReturnedUnit unit) {
      batch.add(unit);
      if (batch.size() == BATCH) flush();
    }

    void flush() {
      if (batch.isEmpty()) return;
      put(queue, batch, cancelled);
      batch = new ArrayList<>(BATCH);
    }
  }

  @SuppressWarnings("unchecked")
  private static void consume(BlockingQueue<Object> queue, Handler handler) {
    while (true) {
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
      if (next instanceof End end) {
        if (end.failure() instanceof RuntimeException e) throw e;
        if (end.failure() instanceof Error e) throw e;
        return;
      }
      if (next instanceof ReturnedFile f) handler.file(f);
      else for (ReturnedUnit unit : (List<ReturnedUnit>) next) handler.unit(unit);
    }
  }

  private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean cancelled) {
    try {
      do {
        if (cancelled.get()) throw new Cancelled();
      } while (!queue.offer(item, 50, TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  /** Waits for the reading thread, so that the file is closed when the import ends. */
  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
