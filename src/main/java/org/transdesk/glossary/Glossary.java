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

  /**
   * One file's share of the glossary: the source language it names (a TBX root's xml:lang; null
   * for CSV and OmegaT, which name none), the target languages of its renderings, its entries.
   */
  record Part(Path file, Language source, List<String> targets, List<Entry> entries) {
    Part {
      targets = List.copyOf(targets);
      entries = List.copyOf(entries);
    }
  }

  private final List<Entry> entries;
  private final List<Part> parts;

  private Glossary(List<Entry> entries, List<Part> parts) {
    this.entries = List.copyOf(entries);
    this.parts = List.copyOf(parts);
  }

  /** A glossary of the given entries, as they are (no merging). */
  public static Glossary of(List<Entry> entries) {
    return new Glossary(entries, List.of(new Part(null, null, List.of(), entries)));
  }

  /**
   * Loads glossary files ({@code .csv}, {@code .tbx}, or OmegaT's {@code .tab}, {@code .utf8} and
   * {@code .txt}, by extension) into one glossary. Entries
   * with the same type and source forms are merged, also across files. Throws {@link
   * DeskException} REJECTED ({@code file:line: what is wrong}) for a broken or hostile file, and
   * for one without entries (it would check nothing while looking loaded). A folder stands for its
   * {@code *.csv} and {@code *.tbx} files, as {@link #DEFAULT_FOLDER} does.
   */
  public static Glossary load(List<Path> files) {
    EntryCollector collector = new EntryCollector();
    for (Path given : files) {
      List<Path> inFolder = Files.isDirectory(given) ? filesIn(given) : List.of(given);
      if (inFolder.isEmpty()) {
        throw new DeskException(ExitCode.REJECTED, "%s: a folder without .csv or .tbx glossaries; give a glossary file, or a folder that has some", given);
      }
      for (Path file : inFolder) read(file, collector);
    }
    List<Entry> entries = collector.entries();
    return new Glossary(entries, collector.parts());
  }

  private static void read(Path file, EntryCollector collector) {
    if (!Files.isRegularFile(file)) {
      throw new DeskException(ExitCode.REJECTED, "%s: no such glossary file; give a .csv or .tbx file", file);
    }
    collector.file(file);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      CsvGlossaryReader.read(file, collector);
      if (collector.pieces() == 0) {
        throw new DeskException(ExitCode.REJECTED, "%s: empty glossary (a header and no rows); add a row for each name, title or term", file);
      }
    } else if (name.endsWith(".tbx")) {
      TbxReader.read(file, collector);
      if (collector.pieces() == 0) {
        throw new DeskException(ExitCode.REJECTED, "%s: empty glossary (no concept with terms); add a conceptEntry (termEntry in TBX 2008) for each name, title or term", file);
      }
    } else if (name.endsWith(".tab") || name.endsWith(".utf8") || name.endsWith(".txt")) {
      OmegatGlossaryReader.read(file, collector);
      if (collector.pieces() == 0) {
        throw new DeskException(ExitCode.REJECTED, "%s: empty glossary (no term lines); an OmegaT glossary line is term<TAB>translation<TAB>comment", file);
      }
    } else {
      throw new DeskException(ExitCode.REJECTED, "%s: not a glossary; give a .csv or .tbx file (or an OmegaT .tab, .utf8 or .txt glossary)", file);
    }
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

  /**
   * Null when an entry serves the pair: one from a file whose source language is the pair's (or
   * that names none, as CSV does) with an approved or forbidden rendering for the target (a name
   * has its source spelling in a target written in the source's script: see {@link
   * Entry#approved}). Otherwise the line that tells the desk its glossary checks do not apply,
   * with the languages each file does have.
   */
  public String gap(Language source, Language target) {
    boolean sameScript = source.writtenLike(target);
    for (Part part : parts) {
      if (part.source() != null && !part.source().primary().equals(source.primary())) continue;
      for (Entry entry : part.entries()) {
        if (!entry.approved(target, sameScript).isEmpty() || !entry.forbidden(target).isEmpty()) return null;
      }
    }
    List<String> has = new ArrayList<>();
    for (Part part : parts) {
      if (part.file() == null) continue;
      List<String> targets = part.targets().stream().map(tag -> tag.equals(Rendering.ANY) ? "every language" : tag).toList();
      String languages = part.source() == null
          ? (targets.size() == 1 ? "target " : "targets ") + String.join(", ", targets)
          : targets.isEmpty() ? "source " + part.source() : part.source() + " → " + String.join(", ", targets);
      has.add(part.file() + " has " + languages);
    }
    return String.format(Locale.ROOT, "the glossaries loaded have no entries for %s → %s, so the glossary checks do not apply to this pair%s",
        source, target, has.isEmpty() ? "" : " (" + String.join("; ", has) + ")");
  }

  /** A matcher for one language pair, indexing every entry once. */
  public TermMatcher matcher(Language source, Language target) {
    return new TermMatcher(entries, source, target);
  }
}
