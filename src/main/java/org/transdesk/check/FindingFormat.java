package org.transdesk.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/** How findings are printed: one line each, a JSON list, or a SARIF 2.1.0 log. */
public enum FindingFormat {
  TEXT("text"),
  JSON("json"),
  SARIF("sarif");

  /** Where SARIF consumers find the schema; the same file is in src/test/resources/sarif. */
  static final String SARIF_SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Made on first use, so text output does not pay for building a mapper at start-up. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  private final String label;

  FindingFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Parses text, json or sarif; a usage error names the choices. */
  public static FindingFormat parse(String label) {
    for (FindingFormat format : values()) {
      if (format.label.equals(label.toLowerCase(Locale.ROOT))) return format;
    }
    throw new DeskException(ExitCode.USAGE, "unknown format '%s': use text, json or sarif", label);
  }

  /**
   * Writes the findings; {@code toolVersion} goes into the SARIF log's driver. Text ends each
   * finding with a newline and writes nothing for none; JSON and SARIF always write one document.
   */
  public void write(List<Finding> findings, String toolVersion, Writer out) {
    try {
      switch (this) {
        case TEXT -> {
          for (Finding finding : findings) out.write(text(finding) + "\n");
        }
        case JSON -> {
          List<Map<String, Object>> list = new ArrayList<>(findings.size());
          for (Finding finding : findings) list.add(json(finding));
          write(list, out);
        }
        case SARIF -> write(sarif(findings, toolVersion), out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Object value, Writer out) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    Mapper.INSTANCE.writer(printer).writeValue(out, value);
    out.write("\n");
  }

  /** {@code file:line: unit-id: level: rule: message}; the document stands in for a missing file. */
  public static String text(Finding finding) {
    String where = finding.file() != null ? finding.file() : finding.document() != null ? finding.document() : "-";
    return where + ":" + finding.line() + ": " + finding.unitId() + ": " + finding.severity().label() + ": "
        + finding.ruleId() + ": " + Checker.oneLine(finding.message());
  }

  private static Map<String, Object> json(Finding finding) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("rule", finding.ruleId());
    map.put("severity", finding.severity().label());
    map.put("file", finding.file());
    map.put("line", finding.line());
    map.put("document", finding.document());
    map.put("unit", finding.unitId());
    map.put("language", finding.language() == null ? null : finding.language().tag());
    map.put("span", finding.span());
    map.put("message", finding.message());
    return map;
  }

  private static Map<String, Object> sarif(List<Finding> findings, String toolVersion) {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      Map<String, Object> descriptor = new LinkedHashMap<>();
      descriptor.put("id", rule.id());
      descriptor.put("shortDescription", Map.of("text", rule.description()));
      descriptor.put("defaultConfiguration", Map.of("level", rule.severity().sarifLevel()));
      rules.add(descriptor);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "transdesk");
    driver.put("version", toolVersion);
    driver.put("rules", rules);

    List<Map<String, Object>> results = new ArrayList<>(findings.size());
    for (Finding finding : findings) results.add(result(finding));

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SARIF_SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return log;
  }

  private static Map<String, Object> result(Finding finding) {
    Map<String, Object> physical = new LinkedHashMap<>();
    String file = finding.file() != null ? finding.file() : finding.document();
    if (file != null) physical.put("artifactLocation", Map.of("uri", uri(file)));
    if (finding.line() > 0) physical.put("region", Map.of("startLine", finding.line()));

    Map<String, Object> logical = new LinkedHashMap<>();
    logical.put("name", finding.unitId());
    if (finding.document() != null) logical.put("fullyQualifiedName", finding.document() + "/" + finding.unitId());
    logical.put("kind", "element");

    Map<String, Object> location = new LinkedHashMap<>();
    if (!physical.isEmpty()) location.put("physicalLocation", physical);
    location.put("logicalLocations", List.of(logical));

    Map<String, Object> properties = new LinkedHashMap<>();
    if (finding.document() != null) properties.put("document", finding.document());
    if (finding.language() != null) properties.put("language", finding.language().tag());
    properties.put("span", finding.span());

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", finding.ruleId());
    result.put("ruleIndex", finding.rule().ordinal());
    result.put("level", finding.severity().sarifLevel());
    result.put("message", Map.of("text", finding.message()));
    result.put("locations", List.of(location));
    result.put("properties", properties);
    return result;
  }

  /** A relative or absolute path as a URI reference (SARIF §3.4.3): forward slashes, percent-encoded. */
  static String uri(String path) {
    String slashed = path.replace('\\', '/');
    try {
      if (slashed.startsWith("/")) return new URI("file", "", slashed, null).toASCIIString();
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed;
    }
  }
}
