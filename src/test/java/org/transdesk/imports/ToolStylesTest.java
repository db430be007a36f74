package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.check.Fingerprint;
import org.transdesk.store.DeskFixture;

/**
 * Returned files as other tools write them — re-indented, re-prefixed, with their own namespaces,
 * alt-trans, phases, CDATA, character references, seg-source/mrk segmentation, a 1.1 root — built by
 * hand from the desk's export after the real samples in shared/corpora, and the export after a
 * round trip through Okapi's XLIFF filter and writer. All land the same translations.
 */
class ToolStylesTest {
  private static final String NAME = "articles/north-korea-talks.txt";
  private static final String S1 = "Kim Jong Un met Joe Biden.";
  private static final String S2 = "The talks ended in <pc id=\"1\">Hanoi</pc>.";
  private static final String S3 = "US special envoy Sung Kim arrived.";
  private static final String T1 = "Kim Jong Un traf Joe Biden.";
  private static final String T2 = "Die Gespräche endeten in <pc id=\"1\">Hanoi</pc>.";
  private static final String T3 = "Der US-Sondergesandte Sung Kim kam an.";

  @TempDir Path dir;
  private String db;
  private DeskFixture desk;
  private int s1;
  private int s2;
  private int s3;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db").toString();
    desk = new DeskFixture(db);
    int doc = desk.document(NAME, "en", "de");
    s1 = desk.segment(doc, S1);
    s2 = desk.segment(doc, S2);
    s3 = desk.segment(doc, S3);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private ExitCode run(Path file) throws Exception {
    return Main.run(new String[] {"import", "--db", db, "--glossary", glossary().toString(), file.toString()},
        new PrintWriter(out), new PrintWriter(err), Map.of(), false);
  }

  /** A glossary that finds nothing in these files (one with no entries is refused), so that the repository's glossaries/ stays out. */
  private Path glossary() throws Exception {
    return Files.writeString(dir.resolve("unused.csv"), "type,source,target_lang,target\nname,Zyxwvut Qponml,*,\n");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private String td(int id, String source, int rev) {
    return "td:fingerprint=\"" + Fingerprint.of(source) + "\" td:rev=\"" + rev + "\"";
  }

  private List<List<Object>> translations() {
    return desk.rows("SELECT segment_id, target, state FROM translation ORDER BY segment_id");
  }

  /** The export filled in, as our own export writes it. */
  private Path ourExportFilledIn() {
    return Xliff12.of(NAME, "de", null)
        .unit(s1, S1, T1, "translated", 0)
        .unit(s2, "The talks ended in <g id=\"1\">Hanoi</g>.", "Die Gespräche endeten in <g id=\"1\">Hanoi</g>.", "translated", 0)
        .unit(s3, S3, T3, "signed-off", 0)
        .write(dir.resolve("export.de.xlf"));
  }

  @Test
  void ourOwnExportFilledInLands() throws Exception {
    assertEquals(ExitCode.OK, run(ourExportFilledIn()), () -> out + "" + err);
    assertEquals(List.of(List.of(s1, T1, "translated"), List.of(s2, T2, "translated"), List.of(s3, T3, "reviewed")), translations());
  }

  @Test
  void ourExportAfterARoundTripThroughOkapisXliffFilterAndWriterLands() throws Exception {
    Path in = ourExportFilledIn();
    Path roundTrip = dir.resolve("okapi.de.xlf");
    try (XLIFFFilter filter = new XLIFFFilter();
        IFilterWriter writer = filter.createFilterWriter();
        RawDocument raw = new RawDocument(in.toUri(), "UTF-8", LocaleId.ENGLISH, LocaleId.GERMAN)) {
      filter.open(raw);
      writer.setOptions(LocaleId.GERMAN, "UTF-8");
      writer.setOutput(roundTrip.toString());
      while (filter.hasNext()) {
        Event event = filter.next();
        writer.handleEvent(event);
      }
    }
    String written = Files.readString(roundTrip);
    assertEquals(ExitCode.OK, run(roundTrip), () -> out + "" + err + "\n" + written);
    assertEquals(List.of(List.of(s1, T1, "translated"), List.of(s2, T2, "translated"), List.of(s3, T3, "reviewed")), translations());
  }

  @Test
  void omegatReturnLeavesStateNewOnItsTranslationsAndTheCopyWhereItDidNot() throws Exception {
    // OmegaT 3.6 console mode: targets were prefilled, it rewrites them in place and keeps state="new".
    Path file = write("omegat.de.xlf", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:td=\"urn:transdesk:xliff:1\" version=\"1.2\">\n"
        + "<file datatype=\"plaintext\" original=\"" + NAME + "\" source-language=\"en\" target-language=\"de\">\n<body>\n"
        + "<trans-unit id=\"" + s1 + "\" td:prefill=\"yes\" " + td(s1, S1, 0) + ">\n<source>" + S1 + "</source>\n"
        + "<target state=\"new\">" + T1 + "</target>\n</trans-unit>\n"
        + "<trans-unit id=\"" + s2 + "\" td:prefill=\"yes\" " + td(s2, S2, 0) + ">\n<source>The talks ended in <g id=\"1\">Hanoi</g>.</source>\n"
        + "<target state=\"new\">Die Gespräche endeten in <g id=\"1\">Hanoi</g>.</target>\n</trans-unit>\n"
        + "<trans-unit id=\"" + s3 + "\" td:prefill=\"yes\" " + td(s3, S3, 0) + ">\n<source>" + S3 + "</source>\n"
        + "<target state=\"new\">" + S3 + "</target>\n</trans-unit>\n"
        + "</body>\n</file>\n</xliff>\n");
    assertEquals(ExitCode.OK, run(file), () -> out + "" + err);
    assertEquals(file + ": imported as import #1 into " + NAME + " (de): 2 applied, 0 unchanged, 1 empty (1 source copy),"
        + " 0 stale, 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n", out.toString());
    assertEquals(List.of(List.of(s1, T1, "translated"), List.of(s2, T2, "translated")), translations());
  }

  @Test
  void tradosReturnWithSegSourceMrkSegmentsAndConfirmationLevels() throws Exception {
    Path file = write("trados.de.sdlxliff", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<xliff xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\""
        + " xmlns:td=\"urn:transdesk:xliff:1\" version=\"1.2\" sdl:version=\"1.0\">\n"
        + "    <file original=\"" + NAME + "\" datatype=\"x-sdlfilterframework2\" source-language=\"en-US\" target-language=\"de-DE\">\n"
        + "        <header><tool tool-id=\"sdl\" tool-name=\"Trados Studio\"/></header>\n        <body>\n"
        + unit12sdl(s1, S1, S1, T1, "Translated")
        + unit12sdl(s2, S2, "The talks ended in <g id=\"1\">Hanoi</g>.", "Die Gespräche endeten in <g id=\"1\">Hanoi</g>.", "ApprovedTranslation")
        + unit12sdl(s3, S3, S3, T3, "ApprovedSignOff")
        + "        </body>\n    </file>\n</xliff>\n");
    assertEquals(ExitCode.OK, run(file), () -> out + "" + err);
    assertEquals(List.of(List.of(s1, T1, "translated"), List.of(s2, T2, "reviewed"), List.of(s3, T3, "final")), translations());
  }

  private String unit12sdl(int id, String neutral, String source, String target, String conf) {
    return "            <trans-unit id=\"" + id + "\" " + td(id, neutral, 0) + ">\n"
        + "                <source>" + source + "</source>\n"
        + "                <seg-source><mrk mtype=\"seg\" mid=\"1\">" + source + "</mrk></seg-source>\n"
        + "                <target><mrk mtype=\"seg\" mid=\"1\">" + target + "</mrk></target>\n"
        + "                <sdl:seg-defs><sdl:seg id=\"1\" conf=\"" + conf + "\" origin=\"interactive\"/></sdl:seg-defs>\n"
        + "            </trans-unit>\n";
  }

  @Test
  void memoqReturnWithCdataCharacterReferencesAndAltTrans() throws Exception {
    Path file = write("memoq.de.xlf", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:mq=\"MQXliff\" xmlns:td=\"urn:transdesk:xliff:1\" version=\"1.2\">\n"
        + "  <file original=\"" + NAME + "\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\">\n  <body>\n"
        + "    <trans-unit id=\"" + s1 + "\" mq:status=\"ManuallyConfirmed\" mq:percent=\"0\" xml:space=\"preserve\" " + td(s1, S1, 0) + ">\n"
        + "      <source>" + S1 + "</source>\n"
        + "      <target state=\"translated\"><![CDATA[Kim Jong Un traf Joe Biden.]]></target>\n"
        + "      <alt-trans origin=\"tm\" match-quality=\"75\"><source>" + S1 + "</source><target>Kim Jong Un trifft Biden.</target></alt-trans>\n"
        + "    </trans-unit>\n"
        + "    <trans-unit id=\"" + s2 + "\" mq:status=\"ManuallyConfirmed\" xml:space=\"preserve\" " + td(s2, S2, 0) + ">\n"
        + "      <source>The talks ended in <g id=\"1\">Hanoi</g>.</source>\n"
        + "      <target state=\"translated\">Die Gespr&#xE4;che endeten in <g id=\"1\">Hanoi</g>.</target>\n"
        + "    </trans-unit>\n"
        + "    <trans-unit id=\"" + s3 + "\" mq:status=\"Proofread\" approved=\"yes\" xml:space=\"preserve\" " + td(s3, S3, 0) + ">\n"
        + "      <source>" + S3 + "</source>\n"
        + "      <target state=\"translated\" state-qualifier=\"exact-match\">Der US-Sondergesandte Sung Kim kam&#32;an.</target>\n"
        + "    </trans-unit>\n  </body>\n  </file>\n</xliff>\n");
    assertEquals(ExitCode.OK, run(file), () -> out + "" + err);
    assertEquals(List.of(List.of(s1, T1, "translated"), List.of(s2, T2, "translated"), List.of(s3, T3, "reviewed")), translations());
  }

  @Test
  void translateToolkitPofilterOutputWithItsXliff11Root() throws Exception {
    Path file = write("pofilter.de.xlf", "<?xml version='1.0' encoding='UTF-8'?>\n"
        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.1\" xmlns:td=\"urn:transdesk:xliff:1\" version=\"1.1\">\n"
        + "<file original=\"" + NAME + "\" source-language=\"en\" datatype=\"plaintext\" target-language=\"de\">\n<body>\n"
        + "<trans-unit id=\"" + s1 + "\" " + td(s1, S1, 0) + "><source>" + S1 + "</source><target state=\"translated\">" + T1 + "</target>"
        + "<note from=\"pofilter\">(pofilter) startcaps: Different capitalization</note></trans-unit>\n"
        + "<trans-unit id=\"" + s2 + "\" " + td(s2, S2, 0) + "><source>The talks ended in <g id=\"1\">Hanoi</g>.</source>"
        + "<target state=\"translated\">Die Gespräche endeten in <g id=\"1\">Hanoi</g>.</target></trans-unit>\n"
        + "<trans-unit id=\"" + s3 + "\" approved=\"yes\" " + td(s3, S3, 0) + "><source>" + S3 + "</source><target>" + T3 + "</target></trans-unit>\n"
        + "</body></file></xliff>\n");
    assertEquals(ExitCode.OK, run(file), () -> out + "" + err);
    assertEquals(List.of(List.of(s1, T1, "translated"), List.of(s2, T2, "translated"), List.of(s3, T3, "reviewed")), translations());
  }

  @Test
  void okapiRainbowReturnWithPhasesOtherPrefixesAndSegmentedTargets() throws Exception {
    Path file = write("rainbow.de.xlf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<x:xliff version=\"1.2\" xmlns:x=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:okp=\"okapi-framework:xliff-extensions\""
        + " xmlns:t=\"urn:transdesk:xliff:1\" xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\">\n"
        + "<x:file original=\"" + NAME + "\" source-language=\"en\" target-language=\"de\" datatype=\"x-undefined\" okp:inputEncoding=\"UTF-8\">\n"
        + "<x:header><x:phase-group><x:phase phase-name=\"p1\" process-name=\"translation\" contact-name=\"Anna Translator\"/></x:phase-group>"
        + "<x:tool tool-id=\"okapi\" tool-name=\"Okapi Rainbow\"/></x:header>\n<x:body>\n"
        + "<x:trans-unit id=\"" + s1 + "\" xml:space=\"preserve\" t:fingerprint=\"" + Fingerprint.of(S1) + "\" t:rev=\"0\">\n"
        + "<x:source xml:lang=\"en\">" + S1 + "</x:source>\n"
        + "<x:seg-source><x:mrk mid=\"0\" mtype=\"seg\">" + S1 + "</x:mrk></x:seg-source>\n"
        + "<x:target xml:lang=\"de\" state=\"translated\"><x:mrk mid=\"0\" mtype=\"seg\">" + T1 + "</x:mrk></x:target>\n"
        + "<x:alt-trans match-quality=\"100\" origin=\"tm\"><x:target xml:lang=\"de\">Falsch.</x:target></x:alt-trans>\n"
        + "</x:trans-unit>\n"
        + "<x:trans-unit id=\"" + s2 + "\" xml:space=\"preserve\" t:fingerprint=\"" + Fingerprint.of(S2) + "\" t:rev=\"0\">\n"
        + "<x:source xml:lang=\"en\">The talks ended in <x:g id=\"1\">Hanoi</x:g>.</x:source>\n"
        + "<x:target xml:lang=\"de\" state=\"translated\" state-qualifier=\"leveraged-tm\">Die Gespräche endeten in <x:g id=\"1\">Hanoi</x:g>.</x:target>\n"
        + "</x:trans-unit>\n"
        + "<x:trans-unit id=\"" + s3 + "\" xml:space=\"preserve\" t:fingerprint=\"" + Fingerprint.of(S3) + "\" t:rev=\"0\">\n"
        + "<x:source xml:lang=\"en\">" + S3 + "</x:source>\n"
        + "<x:target xml:lang=\"de\" state=\"final\">" + T3 + "</x:target>\n"
        + "</x:trans-unit>\n</x:body>\n</x:file>\n</x:xliff>\n");
    assertEquals(ExitCode.OK, run(file), () -> out + "" + err);
    assertEquals(List.of(List.of(s1, T1, "translated"), List.of(s2, T2, "translated"), List.of(s3, T3, "final")), translations());
    assertEquals(List.of(Arrays.asList("Anna Translator", "Anna Translator")),
        desk.rows("SELECT DISTINCT i.translator, h.translator FROM import i JOIN history h ON h.import_id = i.id"));
  }
}
