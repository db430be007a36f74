package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared conformance corpora (OASIS XLIFF test suites, real tools' XLIFF), kept outside the
 * repository: {@code -Dtransdesk.corpora=DIR}, by default {@code ../shared/corpora} next to the
 * project. Missing corpora skip these tests, except under CI, where they fail.
 */
final class Corpora {
  private Corpora() { }

  static Path root() {
    Path root = Path.of(System.getProperty("transdesk.corpora", "../shared/corpora")).toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("oasis-xliff-tc"))) {
      if (System.getenv("CI") != null) fail("conformance corpora not found at " + root + "; set -Dtransdesk.corpora");
      assumeTrue(false, "conformance corpora not found at " + root);
    }
    return root;
  }

  /** The XLIFF files under a folder of the corpora, sorted. */
  static List<Path> xliff(String folder) {
    try (Stream<Path> files = Files.walk(root().resolve(folder))) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.(xlf|xliff|sdlxliff)"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the file, returning null when accepted or the refusal's message without the file name. */
  static String outcome(Path file) {
    try {
      XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
        @Override public void file(XliffFile f) { }

        @Override public void unit(XliffUnit u) { }
      });
      return null;
    } catch (org.transdesk.DeskException e) {
      if (e.exitCode() != org.transdesk.ExitCode.REJECTED) throw e;
      String message = e.getMessage();
      return message.startsWith(file.toString()) ? message.substring(file.toString().length() + 1) : message;
    }
  }
}
