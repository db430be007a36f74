package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.StoreFixtures;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/**
 * Text that trips up careless code (quotes, SQL, tabs, emoji and other astral characters, right-to-
 * left scripts, combining marks, markup characters) goes through ingest, export, import and report
 * through the real commands and comes out exactly as it went in, character for character.
 */
class ExactTextTest {
  /** One sentence a line, so each is one segment whatever the sentence rules. */
  static final List<String> SENTENCES = List.of(
      "He said \"no\" and 'yes' — «oui», „ja“ and ‚nein‘",
      "'); DROP TABLE segment;--",
      "Robert'); DELETE FROM translation WHERE 1=1; --",
      "A tab\tinside and\ttwo",
      "Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 𠜎 and a family 👩‍👩‍👧",
      "שלום עולם, בעברית",
      "مرحبا بالعالم",
      "Mixed \u200Fright-to-left\u200E marks and \u202Bembedding\u202C",
      "Combining e\u0301 is not é and A\u030A is not Å",
      "Less < greater > ampersand & semicolon ; done",
      "Entities as text &amp; &lt; &#x41; &nbsp; stay text",
      "Backslash \\ percent % dollar $1 caret ^ braces {0}",
      "Zero\u200Bwidth and non\u00A0breaking and soft\u00ADhyphen");

  @TempDir Path dir;

  @Test
  void everyCharacterSurvivesIngestExportImportAndReport() throws Exception {
    Path db = dir.resolve("desk.db");
    Path article = Files.writeString(dir.resolve("exact.txt"), String.join("\n\n", SENTENCES) + "\n");
    assertEquals(ExitCode.OK, CliRun.run(db, "ingest", "--targets", "de", article.toString()).code());

    // ingest stored each sentence as it was (plain text is the sentence itself)
    assertEquals(SENTENCES, StoreFixtures.strings(db.toString(), "SELECT plain FROM segment ORDER BY position"));

    // export wrote each one into the XLIFF file; reading it back gives the same text
    Path out = dir.resolve("out");
    assertEquals(ExitCode.OK, CliRun.run(db, "export", "--lang", "de", "--out", out.toString()).code());
    Path exported;
    try (Stream<Path> files = Files.walk(out)) {
      exported = files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
    }
    assertEquals(StoreFixtures.strings(db.toString(), "SELECT source FROM segment ORDER BY position"), sources(exported));
    assertEquals(SENTENCES, sources(exported).stream().map(ExactTextTest::unescape).toList());

    // a translator returns targets made of the same hard text; import stores them exactly, in NFC (README, "Unicode
    // normalization": a decomposed e + U+0301 is stored as the canonically equivalent é)
    Path returned = Files.writeString(dir.resolve("exact.de.xlf"), withTargets(Files.readString(exported)));
    CliRun imported = CliRun.run(db, "import", returned.toString());
    assertEquals(true, imported.code() == ExitCode.OK || imported.code() == ExitCode.FINDINGS, imported.out() + imported.err());
    List<String> expectedTargets = SENTENCES.stream()
        .map(s -> java.text.Normalizer.normalize("DE " + s + " ✓", java.text.Normalizer.Form.NFC)).toList();
    assertEquals(expectedTargets, StoreFixtures.strings(db.toString(),
        "SELECT t.target FROM translation t JOIN segment s ON s.id = t.segment_id ORDER BY s.position").stream()
        .map(ExactTextTest::unescape).toList());

    // and the report shows the sources exactly (JSON, decoded)
    Path fresh = dir.resolve("fresh.db");
    assertEquals(ExitCode.OK, CliRun.run(fresh, "ingest", "--targets", "de", article.toString()).code());
    CliRun report = CliRun.run(fresh, "report", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(report.out());
    List<String> reported = new ArrayList<>();
    json.get("segments").forEach(segment -> reported.add(segment.get("source").asText()));
    assertEquals(SENTENCES, reported);
    assertEquals(ExitCode.OK, CliRun.run(db, "check").code());
  }

  private static List<String> sources(Path xliff) {
    List<String> sources = new ArrayList<>();
    XliffReader.open(xliff, ReadLimits.defaults()).read(new XliffHandler() {
      @Override public void file(XliffFile file) {}

      @Override public void unit(XliffUnit unit) {
        sources.add(unit.source());
      }
    });
    return sources;
  }

  /** Adds after each source a target "DE <source> ✓", written as the XML the exporter wrote for the source. */
  private static String withTargets(String xliff) {
    Matcher source = Pattern.compile("(<source>(.*?)</source>)", Pattern.DOTALL).matcher(xliff);
    StringBuilder out = new StringBuilder();
    while (source.find()) {
      source.appendReplacement(out, Matcher.quoteReplacement(
          source.group(1) + "<target state=\"translated\">DE " + source.group(2) + " ✓</target>"));
    }
    source.appendTail(out);
    return out.toString();
  }

  /** The neutral form's escapes (CONTRACT: &amp; &lt; &gt;) undone; no codes in these sentences. */
  private static String unescape(String neutral) {
    return neutral.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
