package org.transdesk.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.FolderFiles;
import org.transdesk.Language;

/** The desk's glossary: the entries of one or more CSV and TBX-Basic files, merged into one model. */
public final class Glossary {
  /** The folder the desk keeps its glossaries in, relative to the working folder. */
  public static final Path DEFAULT_FOLDER = Path.of("glossaries");

  private final List<Entry> entries;

  private Glossary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** A glossary of the given entries, as they are (no merging). */
  public static Glossary of(List<Entry> entries) {
    return new Glossary(entries);
  }

  /**
   * Loads glossary files ({@code .csv}, {@code .tbx}, or OmegaT's {@code .tab}, {@code .utf8} and
   * {@code .txt}, by extension) into one glossary. Entries
   * with the same type and source forms are merged, also across files. Throws {@link
   * DeskException} REJECTED ({@code file:line: what is wrong}) for a broken or hostile file.
   */
  public static Glossary load(List<Path> files) {
    EntryCollector collector = new EntryCollector();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new DeskException(ExitCode.REJECTED, "%s: no such glossary file; give a .csv or .tbx file", file);
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        CsvGlossaryReader.read(file, collector);
      } else if (name.endsWith(".tbx")) {
        TbxReader.read(file, collector);
      } else if (name.endsWith(".tab") || name.endsWith(".utf8") || name.endsWith(".txt")) {
        OmegatGlossaryReader.read(file, collector);
      } else {
        throw new DeskException(ExitCode.REJECTED, "%s: not a glossary; give a .csv or .tbx file (or an OmegaT .tab, .utf8 or .txt glossary)", file);
      }
    }
    return new Glossary(collector.entries());
  }

  /** Loads every {@code *.csv} and {@code *.tbx} file of a folder, in name order. */
  public static Glossary loadFolder(Path folder) {
    return load(filesIn(folder));
  }

  /** The {@code *.csv} and {@code *.tbx} files of a folder, in name order (none when it does not exist). */
  public static List<Path> filesIn(Path folder) {
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> listing = Files.list(folder)) {
      List<Path> files = new ArrayList<>();
      listing.filter(path -> !FolderFiles.isHidden(path)).filter(Files::isRegularFile).filter(path -> {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tbx");
      }).sorted().forEach(files::add);
      return files;
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot list glossaries: %s", folder, e.getMessage());
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** A matcher for one language pair, indexing every entry once. */
  public TermMatcher matcher(Language source, Language target) {
    return new TermMatcher(entries, source, target);
  }
}
