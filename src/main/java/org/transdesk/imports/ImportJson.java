package org.transdesk.imports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an import as one JSON document (structure in the README, "import"): the files with their
 * status, counts, listed units and findings, and the exit code.
 */
public final class ImportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ImportJson() {}

  public static void write(List<FileReport> reports, int exitCode, PrintWriter out) {
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (FileReport r : reports) file(g, r);
      g.writeEndArray();
      g.writeNumberField("exit_code", exitCode);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private static void file(JsonGenerator g, FileReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", r.file());
    g.writeStringField("sha256", r.sha256());
    g.writeStringField("status", r.status());
    if (r.importId() == 0) g.writeNullField("import_id");
    else g.writeNumberField("import_id", r.importId());
    g.writeStringField("document", r.document());
    g.writeStringField("lang", r.lang());
    g.writeStringField("translator", r.translator());
    g.writeStringField("error", r.error());
    Tally t = r.tally();
    g.writeObjectFieldStart("counts");
    for (Outcome o : Outcome.values()) g.writeNumberField(o.label(), t.count(o));
    g.writeNumberField("source_copies", t.copies());
    g.writeNumberField("identical_accepted", t.identical());
    g.writeNumberField("held_back", t.heldBack());
    g.writeEndObject();
    g.writeObjectFieldStart("findings_by_severity");
    g.writeNumberField("error", t.errors());
    g.writeNumberField("warning", t.warnings());
    g.writeNumberField("info", t.infos());
    g.writeEndObject();
    g.writeArrayFieldStart("units");
    for (Listed l : r.listed()) {
      if (l.finding() != null || l.note() != null) continue;
      g.writeStartObject();
      g.writeStringField("id", l.unitId());
      g.writeNumberField("line", l.line());
      g.writeStringField("outcome", l.outcome().label());
      g.writeStringField("reason", l.reason());
      if (l.source() != null) g.writeStringField("source", l.source());
      if (l.storedSource() != null) g.writeStringField("stored_source", l.storedSource());
      if (l.target() != null) g.writeStringField("target", l.target());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Listed l : r.listed()) {
      if (l.finding() == null) continue;
      CheckFinding f = l.finding();
      g.writeStartObject();
      g.writeStringField("unit", l.unitId());
      g.writeNumberField("line", l.line());
      g.writeStringField("rule", f.rule());
      g.writeStringField("severity", f.severity());
      g.writeStringField("message", f.message());
      g.writeStringField("span", f.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (Listed l : r.listed()) {
      if (l.note() == null) continue;
      g.writeStartObject();
      g.writeStringField("unit", l.unitId());
      g.writeNumberField("line", l.line());
      g.writeStringField("note", l.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
