package org.transdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Copies the SQLite driver's native library for this machine out of the jar into a folder, so the
 * launcher can hand it to the driver ({@code -Dorg.sqlite.lib.path}). Without it the driver unpacks
 * the library into the temporary folder and compares it byte by byte on every start: about a tenth
 * of a second of each command. The launcher runs this once per build; prints the library's file name.
 */
public final class NativeLibrary {
  private NativeLibrary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NativeLibrary FOLDER");
      System.exit(2);
    }
    String name = LibraryLoaderUtil.getNativeLibName();
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
    try (InputStream library = NativeLibrary.class.getResourceAsStream(resource)) {
      if (library == null) {
        System.err.println("no SQLite native library in the jar for this machine: " + resource);
        System.exit(1);
      }
      Path folder = Files.createDirectories(Path.of(args[0]));
      Path partial = Files.createTempFile(folder, name, ".part");
      Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    System.out.println(name);
  }
}
