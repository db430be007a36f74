package org.transdesk.imports;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.transdesk.DeskException;

/**
 * The sha-256 of the files an import was given, each computed on a thread of its own one file
 * ahead: the first while the database opens and the glossary loads, each next one while the file
 * before it is imported. Import runs on C1 only, which has no SHA-256 intrinsic: a 40 MB file
 * takes about 0.3 s to hash, and nothing else ran meanwhile. Only one file ahead, so a file is
 * hashed shortly before it is read.
 */
public final class Digests implements AutoCloseable {
  private record Digest(Path file, Future<String> sha256) {}

  private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "import-digest");
    t.setDaemon(true);
    return t;
  });
  private final List<Path> files;
  private final Deque<Digest> started = new ArrayDeque<>(2);
  private int next;

  /** Starts hashing the first of {@code files}, in the order they will be imported. */
  public Digests(List<Path> files) {
    this.files = List.copyOf(files);
    startNext();
  }

  /** The sha-256 of {@code file} (shown as {@code name}); starts hashing the file after it. */
  String of(Path file, String name) {
    Digest head = started.peekFirst();
    if (head == null || !head.file().equals(file)) return FileImport.sha256(file, name);
    started.removeFirst();
    startNext();
    try {
      return head.sha256().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing " + name, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DeskException refusal) throw refusal;
      if (e.getCause() instanceof RuntimeException failure) throw failure;
      throw new IllegalStateException(e.getCause());
    }
  }

  private void startNext() {
    if (next >= files.size()) return;
    Path file = files.get(next++);
    started.addLast(new Digest(file, thread.submit(() -> FileImport.sha256(file, file.toString()))));
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
