-- Covering indexes for `transdesk report`: each of its aggregate queries reads an index only,
-- never the segment rows with their source text (on 10^6 segments a table scan takes ~240 ms,
-- the covering index ~44 ms).

-- Per document: active segments by protected flag, their words; in position order for the
-- "first untranslated segments" lists. The row id (segment id) is in every index entry.
CREATE INDEX segment_report ON segment (document_id, active, protected, position, words);

-- Repetitions: the few segments whose source repeats an earlier one of the document.
CREATE INDEX segment_report_repeats ON segment (document_id, active, protected, words) WHERE repeat_of IS NOT NULL;

-- State of a segment's translation into one language, found without reading the target text.
CREATE INDEX translation_report ON translation (segment_id, lang, state);
