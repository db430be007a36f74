package org.transdesk;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files a folder argument means: every regular file under it (recursively) that the command
 * reads, in name order, skipping hidden files and folders (a name starting with "."). A desk's
 * folders collect what other programs leave there: macOS writes {@code ._story.de.xlf} beside
 * every file it copies to a shared drive (binary, not XLIFF), editors and version control keep
 * {@code .#story.de.xlf} or a {@code .git/} folder. The folder named itself is taken even when its
 * own name is hidden, and read through when it is a symbolic link to a folder; links inside it are
 * not followed. The files found keep the folder's name as given ({@code articles/a.txt} for a link
 * {@code articles} to {@code real-articles}).
 */
public final class FolderFiles {
  private FolderFiles() {}

  public static List<Path> under(Path folder, Predicate<Path> wanted) throws IOException {
    List<Path> found = new ArrayList<>();
    // The walk does not follow links, not even the one it starts from: it walks the folder the link points to.
    Path root = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return dir.equals(root) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        Path named = root == folder ? file : folder.resolve(root.relativize(file));
        if (!isHidden(named) && Files.isRegularFile(named) && wanted.test(named)) found.add(named);
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  /** Whether a file or folder is hidden by name, as ls and file managers hide it. */
  public static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
