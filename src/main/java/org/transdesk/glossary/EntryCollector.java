package org.transdesk.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;

/**
 * Gathers entries as readers find them, merging the pieces that share a type and source forms
 * (several CSV rows, the same concept in two files) into one entry, in first-seen order.
 */
final class EntryCollector {
  private record Key(EntryType type, List<String> sources) {}

  private record Place(Path file, int line) {}

  private static final class Draft {
    final EntryType type;
    final List<String> sources;
    final List<Rendering> renderings = new ArrayList<>();
    /** Where each rendering was first given (same index), to name both places of a contradiction. */
    final List<Place> places = new ArrayList<>();
    MatchMode match;
    Path matchFile;
    int matchLine;
    final List<String> notes = new ArrayList<>();
    Entry entry;

    Draft(EntryType type, List<String> sources) {
      this.type = type;
      this.sources = sources;
    }
  }

  /** What one file gave: its source language (TBX only), the target languages it names, its pieces. */
  private static final class Part {
    final Path file;
    Language source;
    final TreeSet<String> targets = new TreeSet<>();
    final List<Draft> drafts = new ArrayList<>();

    Part(Path file) {
      this.file = file;
    }
  }

  private final Map<Key, Draft> drafts = new LinkedHashMap<>();
  private final List<Part> parts = new ArrayList<>();

  /** Starts the pieces of another file. */
  void file(Path file) {
    parts.add(new Part(file));
  }

  /** The source language the current file names (a TBX root's xml:lang); CSV and OmegaT name none. */
  void sourceLanguage(Language source) {
    parts.get(parts.size() - 1).source = source;
  }

  /** How many pieces the current file has given so far. */
  int pieces() {
    return parts.isEmpty() ? 0 : parts.get(parts.size() - 1).drafts.size();
  }

  /**
   * Adds one piece of an entry. {@code match} is null when the piece does not say; {@code file}
   * and {@code line} name the piece in an error.
   */
  void add(EntryType type, List<String> sources, List<Rendering> renderings, MatchMode match, String note, Path file, int line) {
    Draft draft = drafts.computeIfAbsent(new Key(type, List.copyOf(sources)), key -> new Draft(type, key.sources()));
    if (parts.isEmpty()) file(file);
    Part part = parts.get(parts.size() - 1);
    part.drafts.add(draft);
    for (Rendering rendering : renderings) part.targets.add(rendering.language());
    for (Rendering rendering : renderings) {
      // Approved and forbidden at once, the rendering would count as approved and the forbidden
      // check would never fire for it: refuse, as for contradictory match modes.
      int opposite = draft.renderings.indexOf(new Rendering(rendering.language(), rendering.text(), !rendering.forbidden()));
      if (opposite >= 0) {
        Place other = draft.places.get(opposite);
        throw new DeskException(ExitCode.REJECTED,
            "%s:%d: '%s' %s for %s contradicts '%s' %s for %s '%s' at %s:%d; make each rendering approved or forbidden, not both",
            file, line, rendering.text(), status(rendering.forbidden()), rendering.language(), rendering.text(),
            status(!rendering.forbidden()), type, sources.get(0), other.file(), other.line());
      }
      if (!draft.renderings.contains(rendering)) {
        draft.renderings.add(rendering);
        draft.places.add(new Place(file, line));
      }
    }
    if (match != null) {
      if (draft.match != null && draft.match != match) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: match '%s' contradicts '%s' given for %s '%s' at %s:%d; give one match mode per entry",
            file, line, match, draft.match, type, sources.get(0), draft.matchFile, draft.matchLine);
      }
      draft.match = match;
      draft.matchFile = file;
      draft.matchLine = line;
    }
    if (note != null && !note.isBlank() && !draft.notes.contains(note.strip())) draft.notes.add(note.strip());
  }

  private static String status(boolean forbidden) {
    return forbidden ? "forbidden" : "approved";
  }

  List<Entry> entries() {
    List<Entry> entries = new ArrayList<>(drafts.size());
    for (Draft draft : drafts.values()) {
      MatchMode match = draft.match == null ? draft.type.defaultMatch() : draft.match;
      draft.entry = new Entry(draft.type, draft.sources, draft.renderings, match, String.join(" ", draft.notes));
      entries.add(draft.entry);
    }
    return entries;
  }

  /** Each file's share of the entries; call after {@link #entries()}. */
  List<Glossary.Part> parts() {
    List<Glossary.Part> result = new ArrayList<>(parts.size());
    for (Part part : parts) {
      List<Entry> entries = new ArrayList<>(part.drafts.size());
      for (Draft draft : part.drafts) entries.add(draft.entry);
      result.add(new Glossary.Part(part.file, part.source, List.copyOf(part.targets), entries));
    }
    return result;
  }
}
