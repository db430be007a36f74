package org.transdesk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.transdesk.store.ReportStore;
import org.transdesk.store.ReportStore.Counts;

/**
 * The report as one JSON object (structure in the README), written with Jackson's streaming
 * generator so the segment list of a large database never sits in memory.
 */
final class JsonReport {
  /** Bumped when a field changes meaning or goes away; new fields do not bump it. */
  static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  static void write(Report report, Writer out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("format_version", FORMAT_VERSION);
      json.writeStringField("generated_at", report.generatedAt());
      json.writeStringField("database", report.database());
      json.writeObjectFieldStart("selection");
      strings(json, "documents", report.scope().documents());
      strings(json, "languages", report.scope().languages());
      strings(json, "states", report.states());
      json.writeEndObject();

      json.writeArrayFieldStart("totals");
      for (Progress total : report.totals()) progress(json, total);
      json.writeEndArray();
      json.writeArrayFieldStart("documents");
      for (Progress line : report.lines()) progress(json, line);
      json.writeEndArray();

      json.writeArrayFieldStart("segments");
      try {
        report.segments(segment -> {
          try {
            json.writeStartObject();
            json.writeStringField("document", segment.document());
            json.writeStringField("lang", segment.lang());
            json.writeNumberField("segment", segment.id());
            json.writeStringField("state", segment.state());
            json.writeNumberField("words", segment.words());
            json.writeStringField("source", segment.source());
            json.writeEndObject();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        json.writeEndArray();

        json.writeArrayFieldStart("findings");
        report.findings(finding -> {
          try {
            json.writeStartObject();
            json.writeStringField("document", finding.document());
            json.writeStringField("lang", finding.lang());
            json.writeNumberField("segment", finding.segment());
            json.writeStringField("severity", finding.severity());
            json.writeStringField("rule", finding.rule());
            json.writeStringField("message", finding.message());
            json.writeStringField("span", finding.span());
            json.writeStringField("created_at", finding.createdAt());
            json.writeEndObject();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void progress(JsonGenerator json, Progress line) throws IOException {
    json.writeStartObject();
    if (line.isTotal()) {
      json.writeStringField("lang", line.lang());
      json.writeNumberField("documents", line.documents());
    } else {
      json.writeStringField("document", line.document());
      json.writeStringField("lang", line.lang());
    }
    json.writeNumberField("percent_complete", line.percentComplete());
    counts(json, "segments", line, Counts::segments);
    counts(json, "words", line, Counts::words);
    json.writeObjectFieldStart("open_findings");
    for (String severity : ReportStore.SEVERITIES) json.writeNumberField(severity, line.findings(severity));
    json.writeEndObject();
    json.writeStringField("last_import", line.lastImport());
    json.writeEndObject();
  }

  private static void counts(JsonGenerator json, String name, Progress line, java.util.function.ToLongFunction<Counts> unit)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("total", unit.applyAsLong(line.total()));
    for (String state : ReportStore.STATES) json.writeNumberField(state, unit.applyAsLong(line.state(state)));
    json.writeNumberField("untranslated", unit.applyAsLong(line.untranslated()));
    json.writeNumberField("protected", unit.applyAsLong(line.protectedSegments()));
    json.writeNumberField("repetitions", unit.applyAsLong(line.repetitions()));
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) json.writeString(value);
    json.writeEndArray();
  }
}
