package org.transdesk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes files and folders read-only even for root, where chmod does not stop writes: `chattr +i`
 * (needs CAP_LINUX_IMMUTABLE and a file system that supports it). Undo with {@link #close()}.
 */
public final class Immutable implements AutoCloseable {
  private final List<Path> paths = new ArrayList<>();

  /** True when the path is now immutable; false when this machine cannot do it (then test another way). */
  public boolean set(Path path) {
    if (run("+i", path)) {
      paths.add(path);
      return true;
    }
    return false;
  }

  @Override
  public void close() {
    for (Path path : paths) run("-i", path);
    paths.clear();
  }

  private static boolean run(String flag, Path path) {
    try {
      Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
