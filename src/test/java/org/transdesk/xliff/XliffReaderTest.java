package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

class XliffReaderTest {
  @TempDir Path dir;

  /** Collects what the reader hands over. */
  static final class Collected implements XliffHandler {
    final List<XliffFile> files = new ArrayList<>();
    final List<XliffUnit> units = new ArrayList<>();
    XliffHeader header;

    @Override public void file(XliffFile file) {
      files.add(file);
    }

    @Override public void unit(XliffUnit unit) {
      units.add(unit);
    }
  }

  static Collected read(Path file) {
    Collected c = new Collected();
    c.header = XliffReader.open(file, ReadLimits.defaults()).read(c);
    return c;
  }

  Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  String refusal(Path file) {
    DeskException e = assertThrows(DeskException.class, () -> read(file));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    return e.getMessage();
  }

  /** Source, target, state and mapped state of each unit, one line each: easy to compare whole. */
  static List<String> summary(Collected c) {
    List<String> lines = new ArrayList<>();
    for (XliffUnit u : c.units) {
      lines.add(u.id() + " | " + u.source() + " | " + u.target() + " | " + u.state() + " | " + u.targetState());
    }
    return lines;
  }

  @Test
  void readsOwnXliff12Export() throws IOException {
    Path file = write("a.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:td="urn:transdesk:xliff:1">
          <file original="north-korea-talks.txt" source-language="en" target-language="de" datatype="plaintext"
              td:export="7" td:version="2">
            <body>
              <trans-unit id="12" td:fingerprint="abc" td:rev="3">
                <source>Kim <g id="1">Jong</g> Un<x id="2"/> &amp; co</source>
                <target state="translated">Kim <g id="1">Jong</g> Un<x id="2"/> &amp; Co</target>
                <note>Kim Jong Un: name</note>
              </trans-unit>
              <trans-unit id="13" translate="no" td:prefill="yes">
                <source>a@b.org</source>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """);
    Collected c = read(file);
    XliffFile f = new XliffFile("1.2", "north-korea-talks.txt", "en", "de", "7", "2", null, null, 3);
    assertEquals(List.of(f), c.files);
    assertEquals(List.of(
        new XliffUnit(f, "12", 6, "Kim <pc id=\"1\">Jong</pc> Un<ph id=\"2\"/> &amp; co",
            "Kim <pc id=\"1\">Jong</pc> Un<ph id=\"2\"/> &amp; Co", "translated", null, null, false, true, "abc", 3,
            false, List.of("Kim Jong Un: name")),
        new XliffUnit(f, "13", 11, "a@b.org", null, null, null, null, false, false, null, null, true, List.of())),
        c.units);
    assertEquals(new XliffHeader("1.2", "en", "de", 1, 2), c.header);
  }

  @Test
  void readsOwnXliff20Export() throws IOException {
    Path file = write("a.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:td="urn:transdesk:xliff:1"
            srcLang="en" trgLang="de">
          <file id="f1" original="north-korea-talks.txt" td:export="8" td:version="2">
            <unit id="12" td:fingerprint="abc" td:rev="0">
              <notes><note category="glossary">Sung Kim: name</note></notes>
              <segment state="initial" subState="td:needs-update">
                <source>Sung <pc id="1">Kim</pc> said<ph id="2"/> <sc id="3" isolated="yes"/>so</source>
                <target>Sung <pc id="1">Kim</pc> sagte<ph id="2"/> <sc id="3" isolated="yes"/>das</target>
              </segment>
            </unit>
          </file>
        </xliff>
        """);
    Collected c = read(file);
    XliffFile f = new XliffFile("2.0", "north-korea-talks.txt", "en", "de", "8", "2", null, null, 4);
    assertEquals(List.of(new XliffUnit(f, "12", 5, "Sung <pc id=\"1\">Kim</pc> said<ph id=\"2\"/> <sc id=\"3\"/>so",
        "Sung <pc id=\"1\">Kim</pc> sagte<ph id=\"2\"/> <sc id=\"3\"/>das", "initial", null, "td:needs-update", false,
        true, "abc", 0, false, List.of("Sung Kim: name"))), c.units);
    assertEquals(TargetState.NEEDS_UPDATE, c.units.get(0).targetState());
    assertEquals(new XliffHeader("2.0", "en", "de", 1, 1), c.header);
  }

  @Test
  void ignoresAltTransPhaseAndContextAndReadsCdataCharacterReferencesAndOtherPrefixes() throws IOException {
    // After a round through a CAT tool: re-indented, an "x" prefix for XLIFF, alt-trans before and after the
    // target, phase and tool in the header, context groups, CDATA and character references.
    Path file = write("tool.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" xmlns:t="urn:transdesk:xliff:1" version="1.2">
          <x:file original="a.txt" source-language="en-US" target-language="de-DE" datatype="plaintext" t:export="3">
            <x:header>
              <x:phase-group>
                <x:phase phase-name="tr" process-name="translation" contact-name="Anna Berg"/>
              </x:phase-group>
              <x:tool tool-id="omt" tool-name="OmegaT"/>
            </x:header>
            <x:body>
              <x:trans-unit id="1" approved="yes">
                <x:source><![CDATA[Tom & Jerry <3]]></x:source>
                <x:alt-trans match-quality="80"><x:target>Falsch</x:target></x:alt-trans>
                <x:target state="translated">Tom &#38; Jerry &#x3C;3 &#8364;</x:target>
                <x:alt-trans><x:source>x</x:source><x:target>Auch falsch</x:target></x:alt-trans>
                <x:context-group><x:context context-type="sourcefile">a.txt</x:context></x:context-group>
              </x:trans-unit>
              <x:trans-unit id="2">
                <x:source>Noh Kyu Duk</x:source>
                <x:target state="needs-review-translation" state-qualifier="rejected-spelling">Noh Kyu-duk</x:target>
              </x:trans-unit>
              <x:trans-unit id="3">
                <x:source>Joe Biden</x:source>
                <x:target state="translated" state-qualifier="rejected-inaccurate">Joe Bidan</x:target>
              </x:trans-unit>
            </x:body>
          </x:file>
        </x:xliff>
        """);
    Collected c = read(file);
    assertEquals(List.of(new XliffFile("1.2", "a.txt", "en-US", "de-DE", "3", null, "OmegaT", "Anna Berg", 3)), c.files);
    assertEquals(List.of(
        "1 | Tom &amp; Jerry &lt;3 | Tom &amp; Jerry &lt;3 € | translated | REVIEWED",
        "2 | Noh Kyu Duk | Noh Kyu-duk | needs-review-translation | NEEDS_UPDATE",
        "3 | Joe Biden | Joe Bidan | translated | NEEDS_UPDATE"), summary(c));
    assertEquals("rejected-spelling", c.units.get(1).stateQualifier());
  }

  @Test
  void joinsTradosSegmentsAndMapsTheirConfirmationLevel() throws IOException {
    Path file = write("a.sdlxliff", """
        <?xml version="1.0" encoding="utf-8"?>
        <xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
        <file original="a.txt" datatype="x-sdlfilterframework2" source-language="en-US" target-language="de-DE">
        <body>
        <trans-unit id="7">
          <source>Talks resumed. <g id="4">Kim</g> agreed.</source>
          <seg-source><mrk mtype="seg" mid="1">Talks resumed.</mrk> <mrk mtype="seg" mid="2"><g id="4">Kim</g> agreed.</mrk></seg-source>
          <target>
            <mrk mtype="seg" mid="1">Die Gespräche begannen wieder.</mrk> <mrk mtype="seg" mid="2"><g id="4">Kim</g> stimmte zu.</mrk>
          </target>
          <sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation"/><sdl:seg id="2" conf="Translated"/></sdl:seg-defs>
        </trans-unit>
        <trans-unit id="8">
          <source>Fine.</source>
          <target><mrk mtype="seg" mid="3">Gut.</mrk></target>
          <sdl:seg-defs><sdl:seg id="3" conf="ApprovedSignOff"/></sdl:seg-defs>
        </trans-unit>
        </body>
        </file>
        </xliff>
        """);
    assertEquals(List.of(
        "7 | Talks resumed. <pc id=\"4\">Kim</pc> agreed. | Die Gespräche begannen wieder. <pc id=\"4\">Kim</pc> stimmte zu."
            + " | translated | TRANSLATED",
        "8 | Fine. | Gut. | final | FINAL"), summary(read(file)));
  }

  @Test
  void mapsMemoqStatusWhenTheTargetHasNoState() throws IOException {
    Path file = write("a.mqxliff", """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">
        <file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
        <trans-unit id="1" mq:status="ManuallyConfirmed"><source>a</source><target>A</target></trans-unit>
        <trans-unit id="2" mq:status="Pretranslated" mq:percent="100"><source>b</source><target>B</target></trans-unit>
        <trans-unit id="3" mq:status="Reviewer1Confirmed"><source>c</source><target>C</target></trans-unit>
        <trans-unit id="4" mq:status="Reviewer2Confirmed"><source>d</source><target>D</target></trans-unit>
        <trans-unit id="5" mq:status="Rejected"><source>e</source><target>E</target></trans-unit>
        <trans-unit id="6" mq:status="NotStarted"><source>f</source><target state="translated">F</target></trans-unit>
        </body></file></xliff>
        """);
    assertEquals(List.of("1 | a | A | translated | TRANSLATED", "2 | b | B | needs-translation | NEW",
        "3 | c | C | signed-off | REVIEWED", "4 | d | D | final | FINAL", "5 | e | E | needs-review-translation | NEEDS_UPDATE",
        "6 | f | F | translated | TRANSLATED"), summary(read(file)));
  }

  @Test
  void mapsXliff12InlineCodesToTheNeutralForm() throws IOException {
    Path file = write("codes.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a.html" source-language="en" datatype="html"><body>
        <trans-unit id="1"><source><bpt id="1">&lt;b></bpt>Kim<ept id="1">&lt;/b></ept> <ph id="2">&lt;br/></ph> <it id="3" pos="open">&lt;i></it>x</source></trans-unit>
        <trans-unit id="2"><source><bx id="5" rid="1"/>a<ex id="6" rid="1"/> <bx id="7"/>open <x id="8"/><mrk mtype="term">US envoy</mrk></source></trans-unit>
        <trans-unit id="3"><source><g id="a">A</g><x id="b"/><g id="1">C</g></source><target><g id="1">C</g><g id="a">A</g><x id="b"/></target></trans-unit>
        </body></file></xliff>
        """);
    assertEquals(List.of(
        "1 | <pc id=\"1\">Kim</pc> <ph id=\"2\"/> <sc id=\"3\"/>x | null | null | NEW",
        "2 | <pc id=\"5\">a</pc> <sc id=\"7\"/>open <ph id=\"8\"/>US envoy | null | null | NEW",
        // Ids are numbered in order of appearance; "1" keeps its number only when it is still free.
        "3 | <pc id=\"1\">A</pc><ph id=\"2\"/><pc id=\"3\">C</pc> | <pc id=\"3\">C</pc><pc id=\"1\">A</pc><ph id=\"2\"/>"
            + " | null | TRANSLATED"), summary(read(file)));
  }

  @Test
  void mapsXliff20InlineCodesAndJoinsSegmentsInTargetOrder() throws IOException {
    Path file = write("codes20.xlf", """
        <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="fr">
        <file id="f"><unit id="u1">
          <originalData><data id="d1">&lt;b></data><data id="d2">&lt;/b></data></originalData>
          <segment state="final"><source><sc id="1" dataRef="d1"/>First.</source><target order="3"><sc id="1" dataRef="d1"/>Premier.</target></segment>
          <ignorable><source> </source></ignorable>
          <segment state="translated"><source>Second<ec startRef="1" dataRef="d2"/> <mrk id="m1" type="term">term</mrk><cp hex="0007"/></source>
            <target order="1">Second<ec startRef="1" dataRef="d2"/> <mrk id="m1" type="term">terme</mrk></target></segment>
        </unit></file></xliff>
        """);
    Collected c = read(file);
    // The target's order moved the sc after the ec: no longer a pair, both ends stay as they are.
    assertEquals(List.of("u1 | <pc id=\"1\">First. Second</pc> term\u0007"
        + " | Second<ec id=\"1\"/> terme <sc id=\"1\"/>Premier. | translated | TRANSLATED"), summary(c));
    assertEquals("2.1", c.files.get(0).version());
  }

  @Test
  void xliff20SegmentTargetsKeepTheSpaceTheSourceHasBetweenSegments() throws IOException {
    Path file = write("split20.xlf", """
        <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="tr">
        <file id="f">
        <unit id="1"><segment id="a" state="translated"><source>The city council approved </source><target>Belediye meclisi onayladı</target></segment>
          <segment id="b" state="translated"><source>1,500 new permits for 2025.</source><target>2025 için 1.500 yeni izin.</target></segment></unit>
        <unit id="2"><segment state="translated"><source>One.</source><target>Bir.</target></segment>
          <ignorable><source>  </source><target></target></ignorable>
          <segment state="translated"><source>Two.</source><target>İki.</target></segment></unit>
        <unit id="3"><segment state="translated"><source>One. </source><target>Bir. </target></segment>
          <segment state="translated"><source>Two.</source><target>İki.</target></segment></unit>
        <unit id="4"><segment state="translated"><source>One. </source><target>一。</target></segment>
          <segment state="translated"><source>Two.</source><target>二。</target></segment></unit>
        </file></xliff>
        """);
    assertEquals(List.of(
        "1 | The city council approved 1,500 new permits for 2025. | Belediye meclisi onayladı 2025 için 1.500 yeni izin."
            + " | translated | TRANSLATED",
        "2 | One.  Two. | Bir.  İki. | translated | TRANSLATED",
        "3 | One. Two. | Bir.\u00a0İki. | translated | TRANSLATED",
        "4 | One. Two. | 一。二。 | translated | TRANSLATED"), summary(read(file)));
  }

  @Test
  void xliff20UnitWithSomeSegmentsUntranslatedSaysWhichPartIsTranslated() throws IOException {
    Path file = write("partial20.xlf", """
        <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de">
        <file id="f">
        <unit id="half"><segment state="translated"><source>One 1.</source><target>Eins 1.</target></segment>
          <ignorable><source> </source></ignorable><segment><source>Two 2.</source><target/></segment>
          <segment><source> Three 3.</source></segment></unit>
        <unit id="whole"><segment><source>A.</source><target>A-de.</target></segment><segment><source>B.</source><target>B-de.</target></segment></unit>
        <unit id="none"><segment><source>A.</source></segment><segment><source>B.</source></segment></unit>
        </file></xliff>
        """);
    List<XliffUnit> units = read(file).units;
    assertEquals(new XliffUnit.Partial(2, 3, "One 1. ", "Eins 1. "), units.get(0).partial());
    // The untranslated segments say no state: initial, so the unit does not read as translated.
    assertEquals("initial", units.get(0).state());
    assertEquals(TargetState.NEW, units.get(0).targetState());
    assertEquals(null, units.get(1).partial());
    assertEquals(null, units.get(2).partial());
  }

  @Test
  void xliff12SegmentedUnitWithSomeSegmentsUntranslatedSaysWhichPartIsTranslated() throws IOException {
    Path file = write("partial12.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a.docx" source-language="en" target-language="de" datatype="plaintext"><body>
        <trans-unit id="half"><source>One <g id="1">1</g>. Two 2.</source>
          <seg-source><mrk mtype="seg" mid="1">One <g id="1">1</g>.</mrk> <mrk mtype="seg" mid="2">Two 2.</mrk></seg-source>
          <target><mrk mtype="seg" mid="1">Eins <g id="1">1</g>.</mrk> <mrk mtype="seg" mid="2"> </mrk></target></trans-unit>
        <trans-unit id="whole"><source>A. B.</source>
          <seg-source><mrk mtype="seg" mid="3">A.</mrk> <mrk mtype="seg" mid="4">B.</mrk></seg-source>
          <target><mrk mtype="seg" mid="3">A-de.</mrk> <mrk mtype="seg" mid="4">B-de.</mrk></target></trans-unit>
        <trans-unit id="plain"><source>A. B.</source>
          <seg-source><mrk mtype="seg" mid="5">A.</mrk> <mrk mtype="seg" mid="6">B.</mrk></seg-source>
          <target>A-de. B-de.</target></trans-unit>
        <trans-unit id="late"><source>A. B <x id="1"/>.</source>
          <target><mrk mtype="seg" mid="7">A-de.</mrk> <mrk mtype="seg" mid="8"><x id="1"/></mrk></target>
          <seg-source><mrk mtype="seg" mid="7">A.</mrk> <mrk mtype="seg" mid="8">B <x id="1"/>.</mrk></seg-source></trans-unit>
        </body></file></xliff>
        """);
    List<XliffUnit> units = read(file).units;
    assertEquals("One <pc id=\"1\">1</pc>. Two 2.", units.get(0).source());
    assertEquals(new XliffUnit.Partial(1, 2, "One <pc id=\"1\">1</pc>.", "Eins <pc id=\"1\">1</pc>."), units.get(0).partial());
    assertEquals(null, units.get(1).partial());
    // A target that is not cut into segments cannot tell: read whole, as before.
    assertEquals(null, units.get(2).partial());
    // seg-source after the target still pairs them; a segment whose target is only its code is not translated.
    assertEquals(new XliffUnit.Partial(1, 2, "A.", "A-de."), units.get(3).partial());
  }

  @Test
  void readsXliff20WithModulesAndExtensionsSkippingTheirContent() throws IOException {
    Path file = write("modules.xlf", """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"
            xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"
            xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0"
            xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0" xmlns:my="urn:example:my">
        <file id="f1" original="a.txt">
          <mda:metadata><mda:metaGroup><mda:meta type="key">x</mda:meta></mda:metaGroup></mda:metadata>
          <group id="g1" fs:fs="div" my:flag="1">
            <unit id="1" slr:sizeRestriction="40">
              <mtc:matches><mtc:match ref="#m1"><source>Special envoy</source><target>Falscher Treffer</target></mtc:match></mtc:matches>
              <gls:glossary><gls:glossEntry ref="#m1"><gls:term>special envoy</gls:term><gls:translation>Sondergesandter</gls:translation></gls:glossEntry></gls:glossary>
              <my:extra id="e1">data</my:extra>
              <segment state="reviewed"><source><mrk id="m1" type="term">Special envoy</mrk> <pc id="1" fs:fs="b">Kim</pc></source>
                <target><mrk id="m1" type="term">Sondergesandter</mrk> <pc id="1" fs:fs="b">Kim</pc></target></segment>
            </unit>
          </group>
        </file></xliff>
        """);
    assertEquals(List.of("1 | Special envoy <pc id=\"1\">Kim</pc> | Sondergesandter <pc id=\"1\">Kim</pc> | reviewed"
        + " | REVIEWED"), summary(read(file)));
  }

  @Test
  void groupsNestAndPassTranslateNoDown() throws IOException {
    Path file = write("groups.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a" source-language="en" datatype="plaintext"><body>
        <group id="g1"><group id="g2" translate="no"><trans-unit id="1"><source>a</source></trans-unit>
          <group id="g3"><trans-unit id="2" translate="yes"><source>b</source></trans-unit></group></group>
          <trans-unit id="3"><source>c</source></trans-unit></group>
        </body></file></xliff>
        """);
    List<Boolean> translatable = new ArrayList<>();
    for (XliffUnit u : read(file).units) translatable.add(u.translatable());
    assertEquals(List.of(false, true, true), translatable);
  }

  @Test
  void readsTranslateToolkitXliff11NamespaceAndNoNamespace() throws IOException {
    Path tt = write("pofilter.xlf", """
        <?xml version='1.0' encoding='utf-8'?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
        <file original="a.po" source-language="en-US" datatype="po"><body>
        <trans-unit id="1" approved="yes"><source>Hello</source><target>Hallo</target></trans-unit>
        </body></file></xliff>
        """);
    Path bare = write("bare.xlf", """
        <xliff version="1.2"><file original="a" source-language="en" datatype="plaintext"><body>
        <trans-unit id="1"><source>Hello</source><target state="final">Hallo</target></trans-unit>
        </body></file></xliff>
        """);
    assertEquals(List.of("1 | Hello | Hallo | null | REVIEWED"), summary(read(tt)));
    assertEquals(List.of("1 | Hello | Hallo | final | FINAL"), summary(read(bare)));
  }

  @Test
  void dropsReindentationLayoutUnlessSpaceIsPreserved() throws IOException {
    Path file = write("layout.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a" source-language="en" datatype="plaintext"><body>
        <trans-unit id="1"><source>A  b </source><target>
              Ein  b <x id="1"/>
              c
            </target></trans-unit>
        <trans-unit id="2" xml:space="preserve"><source>A</source><target>
          A
        </target></trans-unit>
        </body></file></xliff>
        """);
    assertEquals(List.of("1 | A  b  | Ein  b <ph id=\"1\"/> c | null | TRANSLATED", "2 | A | \n  A\n | null | TRANSLATED"),
        summary(read(file)));
  }

  @Test
  void emptyTargetIsNewAndMissingTargetIsNull() throws IOException {
    Path file = write("empty.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a" source-language="en" datatype="plaintext"><body>
        <trans-unit id="1"><source>a</source><target state="translated"/></trans-unit>
        <trans-unit id="2"><source>b</source></trans-unit>
        </body></file></xliff>
        """);
    assertEquals(List.of("1 | a |  | translated | NEW", "2 | b | null | null | NEW"), summary(read(file)));
  }

  @Test
  void sameUnitIdInTwoFileElementsIsFine() throws IOException {
    Path file = write("two.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a.txt" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>a</source></trans-unit></body></file>
        <file original="b.txt" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>b</source></trans-unit></body></file>
        </xliff>
        """);
    Collected c = read(file);
    assertEquals(List.of("a.txt", "b.txt"), c.files.stream().map(XliffFile::original).toList());
    assertEquals(List.of("a.txt", "b.txt"), c.units.stream().map(u -> u.file().original()).toList());
  }

  @Test
  void refusesDuplicateUnitIdInOneFile() throws IOException {
    Path file = write("dup.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
        <trans-unit id="1"><source>a</source></trans-unit>
        <group id="g"><trans-unit id="1"><source>b</source></trans-unit></group>
        </body></file></xliff>
        """);
    assertEquals(file + ":4: unit id '1' appears twice in <file original=\"a.txt\">; each unit must have its own id",
        refusal(file));
  }

  @Test
  void refusesDuplicateXliff20UnitId() throws IOException {
    Path file = write("dup20.xlf", """
        <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">
        <file id="f" original="a.txt"><unit id="u"><segment><source>a</source></segment></unit>
        <unit id="u"><segment><source>b</source></segment></unit></file></xliff>
        """);
    assertEquals(file + ":3: unit id 'u' appears twice in <file original=\"a.txt\">; each unit must have its own id",
        refusal(file));
  }

  @Test
  void keepsARefusalOnOneLineWhateverTheDocumentHolds() throws IOException {
    Path file = write("newline-id.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a&#13;b" source-language="en"
        datatype="plaintext"><body><trans-unit id="x&#10;y"><source>a</source></trans-unit>
        <trans-unit id="x&#10;y"><source>b</source></trans-unit></body></file></xliff>
        """);
    assertEquals(file + ":3: unit id 'x\\u000Ay' appears twice in <file original=\"a\\u000Db\">; each unit must have its own"
        + " id", refusal(file));
  }

  @Test
  void refusesUnitWithoutIdOrSource() throws IOException {
    Path noId = write("noid.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en"
        datatype="plaintext"><body><trans-unit><source>a</source></trans-unit></body></file></xliff>
        """);
    Path noSource = write("nosource.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en"
        datatype="plaintext"><body>
        <trans-unit id="9"><target>a</target></trans-unit></body></file></xliff>
        """);
    assertEquals(noId + ":2: <trans-unit> without id; every unit needs an id unique within its <file>", refusal(noId));
    assertEquals(noSource + ":3: unit '9' has no <source>; XLIFF 1.2 requires one", refusal(noSource));
  }

  @Test
  void refusesFilesThatAreNotXliff() throws IOException {
    Path html = write("page.xlf", "<html><body>hi</body></html>");
    Path other = write("other.xlf", "<xliff xmlns=\"urn:example\" version=\"1.2\"/>");
    Path mixed = write("mixed.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"2.0\"/>");
    assertEquals(html + ":1: the root element is <html>, not <xliff>; this is not an XLIFF file", refusal(html));
    assertEquals(other + ":1: unknown XLIFF namespace 'urn:example'; transdesk reads XLIFF 1.2"
        + " (urn:oasis:names:tc:xliff:document:1.2) and 2.x (urn:oasis:names:tc:xliff:document:2.0,"
        + " urn:oasis:names:tc:xliff:document:2.2)", refusal(other));
    assertEquals(mixed + ":1: XLIFF version '2.0' in an XLIFF 1 namespace; an XLIFF 2.0 file needs the namespace"
        + " urn:oasis:names:tc:xliff:document:2.0", refusal(mixed));
  }

  @Test
  void refusesMissingFileAndFolder() {
    Path missing = dir.resolve("missing.xlf");
    DeskException e = assertThrows(DeskException.class, () -> XliffReader.open(missing, ReadLimits.defaults()));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals(missing + ": no such file; check the path", e.getMessage());
    e = assertThrows(DeskException.class, () -> XliffReader.open(dir, ReadLimits.defaults()));
    assertEquals(dir + ":0: is a folder, not an XLIFF file; name the files in it", e.getMessage());
  }

  @Test
  void refusesTooManyUnitsAndTooLongText() throws IOException {
    Path file = write("big.xlf", """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en"
        datatype="plaintext"><body>
        <trans-unit id="1"><source>abcdef</source></trans-unit>
        <trans-unit id="2"><source>a</source></trans-unit></body></file></xliff>
        """);
    DeskException units = assertThrows(DeskException.class,
        () -> XliffReader.open(file, new ReadLimits(1000, 1, 100, 10)).read(new Collected()));
    DeskException chars = assertThrows(DeskException.class,
        () -> XliffReader.open(file, new ReadLimits(1000, 10, 5, 10)).read(new Collected()));
    DeskException bytes = assertThrows(DeskException.class,
        () -> XliffReader.open(file, new ReadLimits(100, 10, 5, 10)));
    assertEquals(file + ":4: more than 1 units, over the limit; raise it with --max-units or split the file",
        units.getMessage());
    assertEquals(file + ":3: text longer than 5 characters, over the limit; raise it with --max-segment-length or split"
        + " the unit", chars.getMessage());
    assertEquals(file + ":0: file is " + Files.size(file) + " bytes, over the 100 bytes limit; raise it with"
        + " --max-file-size or split the file", bytes.getMessage());
  }
}
