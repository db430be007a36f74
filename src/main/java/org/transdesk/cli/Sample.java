package org.transdesk.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample desk bundled in the jar (the repository's articles/, glossaries/ and
 * xliff/returned/, copied in by the build under /sample).
 */
final class Sample {
  private Sample() {}

  /** Copies the sample's files into a desk folder, keeping their sub-folders; returns what was copied. */
  static List<Path> copyInto(Path desk) throws IOException {
    URL root = Sample.class.getResource("/sample");
    if (root == null) throw new IOException("the sample is missing from the jar; rebuild transdesk");
    URI uri;
    try {
      uri = root.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return copyTree(jar.getPath("/sample"), desk);
      }
    }
    return copyTree(Path.of(uri), desk);
  }

  private static List<Path> copyTree(Path from, Path desk) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      List<Path> sources = files.filter(Files::isRegularFile).sorted().toList();
      for (Path source : sources) {
        Path target = desk.resolve(from.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return sources.stream().map(source -> desk.resolve(from.relativize(source).toString())).toList();
    }
  }
}
