package org.transdesk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.Language;

class FindingFormatTest {
  private static final Language DE = Language.parse("de");
  private static final List<Finding> FINDINGS = List.of(
      new Finding(Rule.NUMBER_CHANGED, Severity.ERROR, "xliff/returned/a b.de.xlf", 31, "articles/a.txt", "9", DE, "2018",
          "the number 2019 of the source is not in the target (found 2018 instead): keep the number, only its formatting may change"),
      new Finding(Rule.TARGET_EMPTY, Severity.WARNING, "xliff/returned/a b.de.xlf", 40, "articles/a.txt", "11", DE, "",
          "the target is empty: the unit is not translated yet"),
      new Finding(Rule.DOUBLE_SPACE, Severity.INFO, null, 0, null, "12", DE, "a  b", "the target has a doubled space"));

  private static String write(FindingFormat format, List<Finding> findings) {
    StringWriter out = new StringWriter();
    format.write(findings, "0.1.0", out);
    return out.toString();
  }

  @Test
  void textIsOneLinePerFinding() {
    assertEquals("""
        xliff/returned/a b.de.xlf:31: 9: error: number-changed: the number 2019 of the source is not in the target (found 2018 instead): keep the number, only its formatting may change
        xliff/returned/a b.de.xlf:40: 11: warning: target-empty: the target is empty: the unit is not translated yet
        -:0: 12: info: double-space: the target has a doubled space
        """, write(FindingFormat.TEXT, FINDINGS));
  }

  @Test
  void jsonIsAPlainListOfFindings() {
    assertEquals("""
        [
          {
            "rule" : "number-changed",
            "severity" : "error",
            "file" : "xliff/returned/a b.de.xlf",
            "line" : 31,
            "document" : "articles/a.txt",
            "unit" : "9",
            "language" : "de",
            "span" : "2018",
            "message" : "the number 2019 of the source is not in the target (found 2018 instead): keep the number, only its formatting may change"
          }
        ]
        """, write(FindingFormat.JSON, FINDINGS.subList(0, 1)));
  }

  @Test
  void jsonOfNoFindingsIsAnEmptyList() {
    assertEquals("[ ]\n", write(FindingFormat.JSON, List.of()));
  }

  @Test
  void sarifNamesRuleLevelLineAndUnit() throws Exception {
    var log = new ObjectMapper().readTree(write(FindingFormat.SARIF, FINDINGS));
    var run = log.get("runs").get(0);
    var result = run.get("results").get(0);
    assertEquals("""
        {"ruleId":"number-changed","ruleIndex":7,"level":"error","message":{"text":"the number 2019 of the source is not in the target (found 2018 instead): keep the number, only its formatting may change"},\
        "locations":[{"physicalLocation":{"artifactLocation":{"uri":"xliff/returned/a%20b.de.xlf"},"region":{"startLine":31}},\
        "logicalLocations":[{"name":"9","fullyQualifiedName":"articles/a.txt/9","kind":"element"}]}],\
        "properties":{"document":"articles/a.txt","language":"de","span":"2018"}}""", result.toString());
    assertEquals("note", run.get("results").get(2).get("level").asText());
    assertEquals(Rule.values().length, run.get("tool").get("driver").get("rules").size());
    assertEquals("number-changed", run.get("tool").get("driver").get("rules").get(7).get("id").asText());
  }

  @Test
  void sarifValidatesAgainstTheSarif210Schema() throws Exception {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    List<Error> errors = schema.validate(write(FindingFormat.SARIF, FINDINGS), InputFormat.JSON);
    assertEquals(List.of(), errors);
    assertEquals(List.of(), schema.validate(write(FindingFormat.SARIF, List.of()), InputFormat.JSON));
  }

  @Test
  void schemaValidationCatchesABrokenLog() throws Exception {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    String broken = write(FindingFormat.SARIF, FINDINGS).replace("\"level\" : \"note\"", "\"level\" : \"info\"");
    assertEquals(1, schema.validate(broken, InputFormat.JSON).size());
  }
}
