package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.ExitCode;

/** The sample returned translation gives exactly the findings the README shows, with the repository's glossaries. */
class LintSampleTest {
  private static final String SAMPLE = "xliff/returned/north-korea-talks.de.xlf";
  private static final String COMMAND = "$ ./transdesk lint " + SAMPLE + "\n";

  @Test
  void sampleGivesExactlyTheFindingsTheReadmeShows() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(COMMAND);
    int end = readme.indexOf("```", start);
    String shown = readme.substring(start + COMMAND.length(), end);

    CliRun run = CliRun.run(null, "lint", SAMPLE);
    assertEquals(ExitCode.FINDINGS, run.code());
    assertEquals(shown, run.out() + run.err());
    assertEquals(7, run.out().lines().count());
  }

  @Test
  void sampleGlossariesAreTheDefault() {
    assertEquals(List.of(Path.of("glossaries/desk.csv"), Path.of("glossaries/desk.tbx")), LintGlossary.load(null, Path.of("")).files());
  }

  @Test
  void sampleSarifValidatesAgainstTheSchema() throws Exception {
    CliRun run = CliRun.run(null, "lint", "--quiet", "--format", "sarif", SAMPLE);
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    assertEquals(List.of(), schema.validate(run.out(), InputFormat.JSON));
  }
}
