-- Running totals for `transdesk report`, kept by triggers in the same transaction as every write
-- to segment and translation (ingest, re-ingest, import, and any later writer), so a report reads a
-- few rows per document instead of joining every segment to its translations (on 10^6 segments
-- and 2 languages that join cost ~0.5 s of CPU per language). The tests check that these tables
-- equal a fresh count after ingests, re-ingests with dropped and changed segments, and imports.
-- The triggers are SQLite's dialect; a PostgreSQL port writes them as trigger functions.

-- Active segments per document: the translatable ones and the protected ones, with their words.
CREATE TABLE report_document_count (
  document_id        INTEGER PRIMARY KEY REFERENCES document(id),
  segments           INTEGER NOT NULL,
  words              INTEGER NOT NULL,
  protected_segments INTEGER NOT NULL,
  protected_words    INTEGER NOT NULL
);

-- Translations of active, translatable segments per document, language and state. Segments without
-- a translation row (state "new") are the document's translatable ones minus these.
CREATE TABLE report_state_count (
  document_id INTEGER NOT NULL REFERENCES document(id),
  lang        TEXT    NOT NULL,
  state       TEXT    NOT NULL,
  segments    INTEGER NOT NULL,
  words       INTEGER NOT NULL,
  PRIMARY KEY (document_id, lang, state)
);

INSERT INTO report_document_count (document_id, segments, words, protected_segments, protected_words)
SELECT document_id, sum(1 - protected), sum((1 - protected) * words), sum(protected), sum(protected * words)
FROM segment WHERE active = 1 GROUP BY document_id;

INSERT INTO report_state_count (document_id, lang, state, segments, words)
SELECT s.document_id, t.lang, t.state, count(*), sum(s.words)
FROM translation t JOIN segment s ON s.id = t.segment_id
WHERE s.active = 1 AND s.protected = 0 GROUP BY s.document_id, t.lang, t.state;

-- Segments: a new active segment counts; a change of document, activity, protection or words moves
-- the segment (and its translations) out of the old totals and into the new ones.
CREATE TRIGGER report_segment_insert AFTER INSERT ON segment WHEN NEW.active = 1
BEGIN
  INSERT INTO report_document_count (document_id, segments, words, protected_segments, protected_words)
  VALUES (NEW.document_id, 1 - NEW.protected, (1 - NEW.protected) * NEW.words, NEW.protected, NEW.protected * NEW.words)
  ON CONFLICT (document_id) DO UPDATE SET segments = segments + excluded.segments, words = words + excluded.words,
    protected_segments = protected_segments + excluded.protected_segments, protected_words = protected_words + excluded.protected_words;
END;

CREATE TRIGGER report_segment_update AFTER UPDATE OF document_id, active, protected, words ON segment
WHEN OLD.document_id IS NOT NEW.document_id OR OLD.active IS NOT NEW.active OR OLD.protected IS NOT NEW.protected
  OR OLD.words IS NOT NEW.words
BEGIN
  UPDATE report_document_count SET segments = segments - (1 - OLD.protected), words = words - (1 - OLD.protected) * OLD.words,
    protected_segments = protected_segments - OLD.protected, protected_words = protected_words - OLD.protected * OLD.words
  WHERE OLD.active = 1 AND document_id = OLD.document_id;
  INSERT INTO report_document_count (document_id, segments, words, protected_segments, protected_words)
  SELECT NEW.document_id, 1 - NEW.protected, (1 - NEW.protected) * NEW.words, NEW.protected, NEW.protected * NEW.words
  WHERE NEW.active = 1
  ON CONFLICT (document_id) DO UPDATE SET segments = segments + excluded.segments, words = words + excluded.words,
    protected_segments = protected_segments + excluded.protected_segments, protected_words = protected_words + excluded.protected_words;
  UPDATE report_state_count SET segments = segments - 1, words = words - OLD.words
  WHERE OLD.active = 1 AND OLD.protected = 0 AND document_id = OLD.document_id
    AND EXISTS (SELECT 1 FROM translation t WHERE t.segment_id = OLD.id AND t.lang = report_state_count.lang
      AND t.state = report_state_count.state);
  INSERT INTO report_state_count (document_id, lang, state, segments, words)
  SELECT NEW.document_id, t.lang, t.state, 1, NEW.words FROM translation t
  WHERE t.segment_id = NEW.id AND NEW.active = 1 AND NEW.protected = 0
  ON CONFLICT (document_id, lang, state) DO UPDATE SET segments = segments + 1, words = words + excluded.words;
END;

CREATE TRIGGER report_segment_delete AFTER DELETE ON segment WHEN OLD.active = 1
BEGIN
  UPDATE report_document_count SET segments = segments - (1 - OLD.protected), words = words - (1 - OLD.protected) * OLD.words,
    protected_segments = protected_segments - OLD.protected, protected_words = protected_words - OLD.protected * OLD.words
  WHERE document_id = OLD.document_id;
  UPDATE report_state_count SET segments = segments - 1, words = words - OLD.words
  WHERE OLD.protected = 0 AND document_id = OLD.document_id
    AND EXISTS (SELECT 1 FROM translation t WHERE t.segment_id = OLD.id AND t.lang = report_state_count.lang
      AND t.state = report_state_count.state);
END;

-- Translations: counted under their state while their segment is active and translatable.
CREATE TRIGGER report_translation_insert AFTER INSERT ON translation
BEGIN
  INSERT INTO report_state_count (document_id, lang, state, segments, words)
  SELECT s.document_id, NEW.lang, NEW.state, 1, s.words FROM segment s
  WHERE s.id = NEW.segment_id AND s.active = 1 AND s.protected = 0
  ON CONFLICT (document_id, lang, state) DO UPDATE SET segments = segments + 1, words = words + excluded.words;
END;

CREATE TRIGGER report_translation_update AFTER UPDATE OF segment_id, lang, state ON translation
WHEN OLD.segment_id IS NOT NEW.segment_id OR OLD.lang IS NOT NEW.lang OR OLD.state IS NOT NEW.state
BEGIN
  UPDATE report_state_count SET segments = segments - 1,
    words = words - (SELECT s.words FROM segment s WHERE s.id = OLD.segment_id)
  WHERE lang = OLD.lang AND state = OLD.state
    AND document_id = (SELECT s.document_id FROM segment s WHERE s.id = OLD.segment_id AND s.active = 1 AND s.protected = 0);
  INSERT INTO report_state_count (document_id, lang, state, segments, words)
  SELECT s.document_id, NEW.lang, NEW.state, 1, s.words FROM segment s
  WHERE s.id = NEW.segment_id AND s.active = 1 AND s.protected = 0
  ON CONFLICT (document_id, lang, state) DO UPDATE SET segments = segments + 1, words = words + excluded.words;
END;

CREATE TRIGGER report_translation_delete AFTER DELETE ON translation
BEGIN
  UPDATE report_state_count SET segments = segments - 1,
    words = words - (SELECT s.words FROM segment s WHERE s.id = OLD.segment_id)
  WHERE lang = OLD.lang AND state = OLD.state
    AND document_id = (SELECT s.document_id FROM segment s WHERE s.id = OLD.segment_id AND s.active = 1 AND s.protected = 0);
END;

-- Open findings per document, language and severity: the index alone, in segment order (each
-- finding still looks up its segment's document and activity).
CREATE INDEX finding_report ON finding (segment_id, lang, severity, resolved_at) WHERE resolved_at IS NULL;
