package org.transdesk.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

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

    Draft(EntryType type, List<String> sources) {
      this.type = type;
      this.sources = sources;
    }
  }

  private final Map<Key, Draft> drafts = new LinkedHashMap<>();

  /**
   * Adds one piece of an entry. {@code match} is null when the piece does not say; {@code file}
   * and {@code line} name the piece in an error.
   */
  void add(EntryType type, List<String> sources, List<Rendering> renderings, MatchMode match, String note, Path file, int line) {
    Draft draft = drafts.computeIfAbsent(new Key(type, List.copyOf(sources)), key -> new Draft(type, key.sources()));
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
      entries.add(new Entry(draft.type, draft.sources, draft.renderings, match, String.join(" ", draft.notes)));
    }
    return entries;
  }
}
