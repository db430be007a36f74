package org.transdesk.store;

import java.sql.Statement;

/**
 * Benchmark data for {@code transdesk report}: a desk of {@code segments} segments in documents of
 * 1,000, each to be translated into de and fr, written with bulk SQL (seconds, not the minutes real
 * ingests would take). The shape follows what ingest and import leave: 1% protected, 2% dropped
 * by a re-ingest, 5% repeats (repeat_of set), de 80% translated in all states, fr 40%, two
 * imports per document and language, findings on 1% of the translations, half of them resolved.
 */
public final class ReportBenchData {
  private ReportBenchData() {}

  public static void build(String location, int segments) {
    int documents = (segments + 999) / 1000;
    try (Database db = Database.open(location)) {
      db.inTransaction("build the report benchmark desk", c -> {
        try (Statement s = c.createStatement()) {
          s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + documents + ")"
              + " INSERT INTO document (id, name, format, source_lang, version, source_sha256, original, created_at, updated_at)"
              + " SELECT i, printf('articles/%05d-desk-story.txt', i), 'text', 'en', 1, printf('%064d', i), X'00',"
              + " '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM n");
          s.execute("INSERT INTO document_version SELECT id, 1, source_sha256, created_at FROM document");
          s.execute("INSERT INTO document_target SELECT id, 'de' FROM document UNION ALL SELECT id, 'fr' FROM document");
          s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + segments + ")"
              + " INSERT INTO segment (id, document_id, position, paragraph, source, plain, codes, source_sha256, words,"
              + " version_added, version_dropped, active, protected, replaces, repeat_of)"
              + " SELECT i, (i - 1) / 1000 + 1, (i - 1) % 1000 + 1, (i - 1) % 1000 / 4 + 1,"
              + " 'Sentence ' || i || ' of the story, as the wire service sent it to the desk.',"
              + " 'Sentence ' || i || ' of the story, as the wire service sent it to the desk.', NULL,"
              + " printf('%064x', CASE WHEN i % 20 = 0 THEN i - 10 ELSE i END), 5 + i % 26, 1,"
              + " CASE WHEN i % 50 = 7 THEN 1 END, CASE WHEN i % 50 = 7 THEN 0 ELSE 1 END, CASE WHEN i % 100 = 3 THEN 1 ELSE 0 END,"
              + " NULL, CASE WHEN i % 20 = 0 THEN i - 10 END FROM n");
          s.execute("INSERT INTO translation (segment_id, lang, target, state, revision, updated_at)"
              + " SELECT id, 'de', 'Satz ' || id || ' der Geschichte, wie ihn die Agentur geschickt hat.',"
              + " CASE id % 20 WHEN 0 THEN 'needs-update' WHEN 1 THEN 'reviewed' WHEN 2 THEN 'reviewed' WHEN 3 THEN 'final'"
              + " ELSE 'translated' END, 1, '2025-01-02T00:00:00.000Z' FROM segment WHERE id % 5 <> 4 AND protected = 0");
          s.execute("INSERT INTO translation (segment_id, lang, target, state, revision, updated_at)"
              + " SELECT id, 'fr', 'Phrase ' || id || ' de l''histoire, telle que l''agence l''a envoyée.',"
              + " CASE id % 10 WHEN 0 THEN 'reviewed' ELSE 'translated' END, 1, '2025-01-02T00:00:00.000Z'"
              + " FROM segment WHERE id % 5 IN (0, 1) AND protected = 0");
          s.execute("INSERT INTO import (file, sha256, imported_at, document_id, lang, applied, outcome)"
              + " SELECT 'returned/' || d.id || '.' || t.lang || '.' || v.n || '.xlf', printf('%064d', d.id * 10 + v.n),"
              + " printf('2025-01-%02dT10:00:00.000Z', (d.id + v.n) % 28 + 1), d.id, t.lang, 10, 'applied'"
              + " FROM document d JOIN document_target t ON t.document_id = d.id JOIN (SELECT 1 AS n UNION ALL SELECT 2) v");
          s.execute("INSERT INTO finding (segment_id, lang, rule, severity, message, span, created_at, resolved_at)"
              + " SELECT segment_id, lang, 'name-misspelled', CASE segment_id % 3 WHEN 0 THEN 'error' WHEN 1 THEN 'warning'"
              + " ELSE 'info' END, 'Kim Jong Un is written Kim Jong-un', 'Kim Jong-un', '2025-01-02T00:00:00.000Z',"
              + " CASE WHEN segment_id % 200 < 100 THEN '2025-01-03T00:00:00.000Z' END FROM translation WHERE segment_id % 100 = 11");
        }
        return null;
      });
    }
  }
}
