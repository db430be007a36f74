package org.transdesk.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * Runs one fuzz input through a reader and judges the outcome: a result or a refusal with exit 3
 * passes; any other exception, an error (out of memory, stack overflow) or a run longer than the
 * timeout fails, and the input is saved under target/fuzz-findings/ to become a seed.
 */
public final class Fuzzing {
  /**
   * Longest a single input may take (ms); -Dtransdesk.fuzz.timeout=... to change. Generous: a real
   * hang (time quadratic in the input) takes minutes, while Okapi's set-up alone can take seconds
   * on a loaded build machine.
   */
  static final Duration TIMEOUT = Duration.ofMillis(Long.getLong("transdesk.fuzz.timeout", 30_000));
  /** Extra time an input gets per KB of its size (ms). */
  static final long MS_PER_KB = Long.getLong("transdesk.fuzz.msPerKb", 50);
  /** Mutated inputs are cut to this size, so the fuzzers test the readers, not the heap. */
  static final int MAX_INPUT = 1 << 20;

  private static final Path WORK = temporaryFolder();
  private static final Path FINDINGS = Path.of("target", "fuzz-findings");
  private static final Map<String, AtomicLong> EXECUTIONS = new ConcurrentSkipListMap<>();
  /** One long-lived thread: Okapi sets up its word-count tokenizer once per thread, which costs seconds. */
  private static ExecutorService runner = newRunner();

  private Fuzzing() {}

  /** A reader under test, given the input as a file with the right extension. */
  @FunctionalInterface
  public interface Target {
    void read(Path file) throws Exception;
  }

  /** What an input led to; anything else is a finding. */
  public enum Outcome { READ, REFUSED }

  /** Runs the target on the input; returns READ or REFUSED, or fails with an AssertionError naming the saved input. */
  public static Outcome run(String kind, String extension, byte[] input, Target target) {
    long execution = EXECUTIONS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    // The first input of a kind also pays for class loading and Okapi's one-time set-up (ICU break
    // rules take seconds on a loaded machine), so it gets longer before it counts as a hang.
    // Big inputs may take longer, in proportion: what must never happen is time growing faster than the input.
    long timeout = (execution == 1 ? TIMEOUT.toMillis() * 12 : TIMEOUT.toMillis()) + input.length / 1024 * MS_PER_KB;
    Path file = WORK.resolve(kind + "-" + Thread.currentThread().getId() + "." + extension);
    try {
      Files.write(file, input);
      file.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
    Future<Outcome> future = runner.submit(() -> {
      worker.set(Thread.currentThread());
      try {
        target.read(file);
        return Outcome.READ;
      } catch (DeskException e) {
        if (e.exitCode() == ExitCode.REJECTED) {
          if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
            throw new AssertionError("a refusal must be one line, got: " + e.getMessage(), e);
          }
          return Outcome.REFUSED;
        }
        throw e;
      }
    });
    try {
      return future.get(timeout, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      Thread thread = worker.get();
      Throwable where = new Throwable("where the reader was after " + timeout + " ms");
      if (thread != null) where.setStackTrace(thread.getStackTrace());
      future.cancel(true);
      runner.shutdownNow();
      runner = newRunner();
      throw finding(kind, extension, input, "hang: no outcome after " + timeout + " ms", where);
    } catch (ExecutionException e) {
      throw finding(kind, extension, input, "crash: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static ExecutorService newRunner() {
    return Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "fuzz-target");
      thread.setDaemon(true);
      return thread;
    });
  }

  private static AssertionError finding(String kind, String extension, byte[] input, String what, Throwable cause) {
    String name = kind + "-" + sha256(input).substring(0, 12) + "." + extension;
    try {
      Files.createDirectories(FINDINGS);
      Files.write(FINDINGS.resolve(name), input);
    } catch (IOException e) {
      // the assertion below still says what happened
    }
    StringWriter trace = new StringWriter();
    if (cause != null) cause.printStackTrace(new PrintWriter(trace));
    return new AssertionError(kind + " reader: " + what + "; input saved as " + FINDINGS.resolve(name) + "\n" + trace, cause);
  }

  /** How many inputs each kind of reader has run in this JVM. */
  public static Map<String, Long> executions() {
    Map<String, Long> counts = new ConcurrentSkipListMap<>();
    EXECUTIONS.forEach((k, v) -> counts.put(k, v.get()));
    return counts;
  }

  private static final Map<String, List<String>> EXTENSIONS = Map.of(
      "xliff", List.of("xlf", "xliff", "sdlxliff"), "csv", List.of("csv"), "tbx", List.of("tbx"), "srx", List.of("srx"),
      "article", List.of("txt", "html", "htm", "md"));

  /** The seed corpus of one kind: every file of that kind's extensions under src/test/resources/fuzz/KIND, by name. */
  public static List<Path> seedFiles(String kind) {
    Path folder = Path.of("src", "test", "resources", "fuzz", kind);
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).filter(f -> EXTENSIONS.get(kind).contains(extension(f))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<byte[]> seeds(String kind) {
    return seedFiles(kind).stream().map(Fuzzing::bytes).toList();
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static Path temporaryFolder() {
    try {
      Path folder = Files.createTempDirectory("transdesk-fuzz");
      folder.toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] input) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
