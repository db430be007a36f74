package org.transdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The overview `status` shows: per document its version, size and per target language the segments in each state. */
public final class StatusStore {
  /** The translation states in workflow order. */
  public static final List<String> STATES = List.of("new", "translated", "reviewed", "final", "needs-update");

  private final Database database;

  public StatusStore(Database database) {
    this.database = database;
  }

  /**
   * One document's status. {@code segments} and {@code words} count active segments, protected ones
   * included; {@code languages} maps each target language (recorded, or having translations) to the
   * count of active, unprotected segments in each state of {@link #STATES} (no translation = new).
   */
  public record DocumentStatus(String name, int version, String sourceLang, String format, int segments, long words,
      int protectedSegments, Map<String, Map<String, Integer>> languages) {}

  public List<DocumentStatus> status() {
    return SegmentStore.read(database, "read the status", c -> {
      record Head(long id, String name, int version, String lang, String format, int segments, long words, int protectedSegments) {}
      List<Head> heads = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT d.id, d.name, d.version, d.source_lang, d.format, count(s.id), coalesce(sum(s.words), 0),"
              + " coalesce(sum(s.protected), 0)"
              + " FROM document d LEFT JOIN segment s ON s.document_id = d.id AND s.active = 1"
              + " GROUP BY d.id, d.name, d.version, d.source_lang, d.format ORDER BY d.name");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          heads.add(new Head(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getInt(6), r.getLong(7), r.getInt(8)));
        }
      }
      Map<Long, Map<String, Map<String, Integer>>> languages = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT document_id, lang FROM document_target");
          ResultSet r = s.executeQuery()) {
        while (r.next()) languages.computeIfAbsent(r.getLong(1), k -> new TreeMap<>()).computeIfAbsent(r.getString(2), k -> zero());
      }
      try (PreparedStatement s = c.prepareStatement(
          "SELECT s.document_id, t.lang, t.state, count(*) FROM translation t JOIN segment s ON s.id = t.segment_id"
              + " WHERE s.active = 1 AND s.protected = 0 AND t.state <> 'new' GROUP BY s.document_id, t.lang, t.state");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          languages.computeIfAbsent(r.getLong(1), k -> new TreeMap<>()).computeIfAbsent(r.getString(2), k -> zero())
              .merge(r.getString(3), r.getInt(4), Integer::sum);
        }
      }
      List<DocumentStatus> result = new ArrayList<>();
      for (Head head : heads) {
        Map<String, Map<String, Integer>> langs = languages.getOrDefault(head.id(), new TreeMap<>());
        int translatable = head.segments() - head.protectedSegments();
        for (Map<String, Integer> counts : langs.values()) {
          int done = counts.values().stream().mapToInt(Integer::intValue).sum();
          counts.put("new", translatable - done);
        }
        result.add(new DocumentStatus(head.name(), head.version(), head.lang(), head.format(), head.segments(), head.words(),
            head.protectedSegments(), langs));
      }
      return result;
    });
  }

  private static Map<String, Integer> zero() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String state : STATES) counts.put(state, 0);
    return counts;
  }

}
