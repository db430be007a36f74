-- transdesk schema, version 1. Portable SQL: types TEXT/INTEGER/BLOB, ISO-8601 UTC timestamps as TEXT.
-- SQLite's INTEGER PRIMARY KEY is the row id; on PostgreSQL the same columns become identity columns.

CREATE TABLE document (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL UNIQUE,        -- the path as given at ingest
  format        TEXT    NOT NULL,               -- text, html, markdown
  source_lang   TEXT    NOT NULL,               -- BCP 47
  version       INTEGER NOT NULL,               -- current version, 1 for the first ingest
  source_sha256 TEXT    NOT NULL,               -- of the current original bytes
  original      BLOB    NOT NULL,               -- the current original bytes, to rebuild a translated document
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL
);

-- Every version a document has had (its hash and when it came in).
CREATE TABLE document_version (
  document_id   INTEGER NOT NULL REFERENCES document(id),
  version       INTEGER NOT NULL,
  source_sha256 TEXT    NOT NULL,
  ingested_at   TEXT    NOT NULL,
  PRIMARY KEY (document_id, version)
);

-- The target languages a document is to be translated into.
CREATE TABLE document_target (
  document_id INTEGER NOT NULL REFERENCES document(id),
  lang        TEXT    NOT NULL,
  PRIMARY KEY (document_id, lang)
);

-- One sentence segment. Its id never changes and is the XLIFF unit id.
CREATE TABLE segment (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES document(id),
  position        INTEGER NOT NULL,               -- order in the document's current (or last) version
  paragraph       INTEGER NOT NULL,               -- index of the text unit (paragraph, heading) it came from
  source          TEXT    NOT NULL,               -- neutral form: XML-escaped text, inline codes as <ph/>, <pc>, <sc/>, <ec/>
  plain           TEXT    NOT NULL,               -- the text without inline codes, for matching and reports
  codes           TEXT,                           -- JSON: original data of the inline codes, by code id
  source_sha256   TEXT    NOT NULL,               -- of the normalized source
  words           INTEGER NOT NULL,               -- GMX-V word count
  version_added   INTEGER NOT NULL,
  version_dropped INTEGER,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  protected       INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0, 1)),  -- never translated (URL, e-mail alone)
  replaces        INTEGER REFERENCES segment(id), -- the segment whose changed source this one replaces
  repeat_of       INTEGER REFERENCES segment(id)  -- first segment of the document with the same source
);
CREATE INDEX segment_by_document ON segment (document_id, active, position);
CREATE INDEX segment_by_hash ON segment (document_id, source_sha256);

-- The current translation of a segment into one language. No row means state "new".
CREATE TABLE translation (
  segment_id      INTEGER NOT NULL REFERENCES segment(id),
  lang            TEXT    NOT NULL,
  target          TEXT    NOT NULL,               -- neutral form, as segment.source
  state           TEXT    NOT NULL CHECK (state IN ('new', 'translated', 'reviewed', 'final', 'needs-update')),
  revision        INTEGER NOT NULL DEFAULT 1,     -- bumped on every change; exports carry it to detect conflicts
  translator      TEXT,
  previous_source TEXT,                           -- for needs-update: the source this target was made for
  updated_at      TEXT    NOT NULL,
  import_id       INTEGER REFERENCES import(id),
  PRIMARY KEY (segment_id, lang)
);
CREATE INDEX translation_by_lang_state ON translation (lang, state, segment_id);

-- One row per successfully processed import file; the same sha-256 again changes nothing.
CREATE TABLE import (
  id          INTEGER PRIMARY KEY,
  file        TEXT    NOT NULL,
  sha256      TEXT    NOT NULL,
  imported_at TEXT    NOT NULL,
  document_id INTEGER REFERENCES document(id),
  lang        TEXT,
  export_id   INTEGER REFERENCES export(id),
  translator  TEXT,
  applied     INTEGER NOT NULL DEFAULT 0,
  unchanged   INTEGER NOT NULL DEFAULT 0,
  empty       INTEGER NOT NULL DEFAULT 0,
  stale       INTEGER NOT NULL DEFAULT 0,
  conflict    INTEGER NOT NULL DEFAULT 0,
  protected   INTEGER NOT NULL DEFAULT 0,
  invalid     INTEGER NOT NULL DEFAULT 0,
  unknown     INTEGER NOT NULL DEFAULT 0,
  outcome     TEXT    NOT NULL
);
CREATE INDEX import_by_sha256 ON import (sha256);
CREATE INDEX import_by_document ON import (document_id, lang, imported_at);

-- Every change of a translation. Nothing is overwritten without a row here.
CREATE TABLE history (
  id            INTEGER PRIMARY KEY,
  segment_id    INTEGER NOT NULL REFERENCES segment(id),
  lang          TEXT    NOT NULL,
  old_target    TEXT,
  old_state     TEXT,
  new_target    TEXT,
  new_state     TEXT,
  changed_at    TEXT    NOT NULL,
  reason        TEXT    NOT NULL,                 -- import, reingest, force, overwrite-final, ...
  import_id     INTEGER REFERENCES import(id),
  source_file   TEXT,
  source_sha256 TEXT,
  translator    TEXT
);
CREATE INDEX history_by_segment ON history (segment_id, lang);

-- Returned translations held back (conflict, stale, invalid, protected) for the desk to decide.
CREATE TABLE held_translation (
  id          INTEGER PRIMARY KEY,
  segment_id  INTEGER NOT NULL REFERENCES segment(id),
  lang        TEXT    NOT NULL,
  target      TEXT    NOT NULL,
  state       TEXT    NOT NULL,
  reason      TEXT    NOT NULL,
  import_id   INTEGER REFERENCES import(id),
  created_at  TEXT    NOT NULL
);
CREATE INDEX held_by_segment ON held_translation (segment_id, lang);

-- One row per written XLIFF file.
CREATE TABLE export (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES document(id),
  document_version INTEGER NOT NULL,
  lang             TEXT    NOT NULL,
  file             TEXT    NOT NULL,
  xliff_version    TEXT    NOT NULL,
  units            INTEGER NOT NULL,
  sha256           TEXT    NOT NULL,
  exported_at      TEXT    NOT NULL
);
CREATE INDEX export_by_sha256 ON export (sha256);

-- What the checks found at import, open until a later import fixes it.
CREATE TABLE finding (
  id          INTEGER PRIMARY KEY,
  segment_id  INTEGER NOT NULL REFERENCES segment(id),
  lang        TEXT    NOT NULL,
  rule        TEXT    NOT NULL,
  severity    TEXT    NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message     TEXT    NOT NULL,
  span        TEXT,
  import_id   INTEGER REFERENCES import(id),
  created_at  TEXT    NOT NULL,
  resolved_at TEXT
);
CREATE INDEX finding_open ON finding (lang, resolved_at, segment_id);
CREATE INDEX finding_by_segment ON finding (segment_id, lang);
