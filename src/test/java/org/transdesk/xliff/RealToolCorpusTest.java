package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * XLIFF written by real tools (MateCat, Memsource/Phrase, Trados, MadCap, Crowdin, Xcode, OmegaT,
 * Okapi, OpenXLIFF, the locize library): every file is read, except those that truly break their
 * spec; those are refused with exactly the line below.
 */
class RealToolCorpusTest {
  /**
   * Refused on purpose. Kinds: not namespace-well-formed (a prefix never declared), a duplicate
   * unit id within one file element, OmegaT's deliberately broken filters3 samples (no unit id),
   * XLIFF 2 MUST rules (a file without units, an empty or malformed language tag, xml:lang
   * contradicting srcLang, an id that is not an NMTOKEN, XLIFF 1.2 attributes such as ctype, rid,
   * datatype or approved on 2.0 elements, a target without trgLang, translate or xml:space values
   * outside the spec), and an XLIFF 1.2 document without any file.
   */
  static final Map<String, String> REFUSED = Map.ofEntries(
      Map.entry("matecat-xliff-parser/empty.xliff",
          "5: <file id=\"vo8VPVCyNy2Hoqho_dc6:0--1\"> holds no <unit> or <group>; XLIFF 2 requires at least one"),
      Map.entry("matecat-xliff-parser/file-with-complex-structure.xliff",
          "91: not well-formed XML (Undeclared namespace prefix \"iws\"); the tool that wrote it uses the prefix 'iws' without declaring it: add xmlns:iws=\"…\" to the root element, or have the tool fixed"),
      Map.entry("matecat-xliff-parser/nested-tag-group/context-group-nested.xlf",
          "7: not well-formed XML (Undeclared namespace prefix \"slr\"); the tool that wrote it uses the prefix 'slr' without declaring it: add xmlns:slr=\"…\" to the root element, or have the tool fixed"),
      Map.entry("matecat-xliff-parser/nested-tag-group/context-group-trans-unit.jsont2.xlf",
          "48: not well-formed XML (Undeclared namespace prefix \"matecat\" (for attribute \"id-order\")); the tool that wrote it uses the prefix 'matecat' without declaring it: add xmlns:matecat=\"…\" to the root element, or have the tool fixed"),
      Map.entry("matecat-xliff-parser/nested-tag-group/context-group.xlf",
          "7: not well-formed XML (Undeclared namespace prefix \"slr\"); the tool that wrote it uses the prefix 'slr' without declaring it: add xmlns:slr=\"…\" to the root element, or have the tool fixed"),
      Map.entry("matecat-xliff-parser/no-trgLang.xliff",
          "2: trgLang=\"\" is not a language tag; use a BCP 47 tag such as en or de-CH"),
      Map.entry("matecat-xliff-parser/notes-after-segment.xliff",
          "3: <file> does not take the attribute source-language; remove it"),
      Map.entry("matecat-xliff-parser/sample-20-segmented.xlf",
          "25: xml:space=\"space\"; use default or preserve"),
      Map.entry("matecat-xliff-parser/sample-20-with-group.xlf",
          "18: <group> without id; XLIFF 2 requires it"),
      Map.entry("matecat-xliff-parser/sample-20-with-nested-group.xlf",
          "11: <group> without id; XLIFF 2 requires it"),
      Map.entry("matecat-xliff-parser/test-empty-unit-2.0.xliff",
          "10: <source> is in xml:lang 'hu-HU' but the file's srcLang is 'en'; make them the same"),
      Map.entry("matecat-xliff-parser/v1-duplicate-ids.xliff",
          "19: unit id '606beaf1-a66d-4464-9bdf-cedd857b79a7' appears twice in <file original=\"052c458d-faaa-437f-b9d2-96af06b706c5\">; each unit must have its own id"),
      Map.entry("matecat-xliff-parser/v2-duplicate-ids.xliff",
          "9: unit id 'tu1' appears twice in <file original=\"/home/afalappa/Documenti/filters-sample-docs/markdown/prova.md\">; each unit must have its own id"),
      Map.entry("matecat-xliff-parser/valid_sample-20-translation-candidates.xlf",
          "20: translate=\"test\"; use yes or no"),
      Map.entry("matecat-xliff-parser/with-segment-state.xliff",
          "3: not well-formed XML (Undeclared namespace prefix \"memsource\" (for attribute \"taskId\")); the tool that wrote it uses the prefix 'memsource' without declaring it: add xmlns:memsource=\"…\" to the root element, or have the tool fixed"),
      Map.entry("matecat-xliff-parser/xliff12-with-more-emojis.xliff",
          "14: unit id '328_0' appears twice in <file original=\"20201009 - Translations Plek_EngelsNederlandsDuitsHongaarsPoolsTjechisch.xlsx\">; each unit must have its own id"),
      Map.entry("locize-xliff/example.xliff",
          "21: id=\"to ' \"esc<ap> & e\" is not a valid XML name token (letters, digits, . - _ :); rename it"),
      Map.entry("locize-xliff/example_additional_attributes.xliff",
          "26: <unit> does not take the attribute approved; remove it"),
      Map.entry("locize-xliff/example_comments.xliff",
          "2: id=\"file/path/wooo\" is not a valid XML name token (letters, digits, . - _ :); rename it"),
      Map.entry("locize-xliff/example_compact.xliff",
          "1: id=\"to ' \"esc<ap> & e\" is not a valid XML name token (letters, digits, . - _ :); rename it"),
      Map.entry("locize-xliff/example_empty12.xliff",
          "1: no <file> element; an XLIFF 1.2 document holds at least one"),
      Map.entry("locize-xliff/example_output_note.xliff",
          "27: id=\"to ' \"esc<ap> & e\" is not a valid XML name token (letters, digits, . - _ :); rename it"),
      Map.entry("locize-xliff/inline-elements/example_angular.xliff",
          "3: <unit> does not take the attribute datatype; remove it"),
      Map.entry("locize-xliff/inline-elements/example_generic-span-start-end.xliff",
          "6: <sc> does not take the attribute rid; remove it"),
      Map.entry("locize-xliff/inline-elements/example_generic-span.xliff",
          "6: <pc> does not take the attribute ctype; remove it"),
      Map.entry("locize-xliff/inline-elements/example_native-span-start-end.xliff",
          "6: <sc> does not take the attribute rid; remove it"),
      Map.entry("locize-xliff/inline-elements/example_native-span.xliff",
          "6: <pc> does not take the attribute ctype; remove it"),
      Map.entry("locize-xliff/inline-elements/example_standalone.xliff",
          "6: <ph> does not take the attribute ctype; remove it"),
      Map.entry("locize-xliff/inline-elements/example_standalone_only.xliff",
          "3: <unit> does not take the attribute datatype; remove it"),
      Map.entry("omegat/xliff/filters3/file-XLIFFFilter-SMP.xlf",
          "5: <trans-unit> without id; every unit needs an id unique within its <file>"),
      Map.entry("omegat/xliff/filters3/file-XLIFFFilter-invalid-content.xlf",
          "5: <trans-unit> without id; every unit needs an id unique within its <file>"),
      Map.entry("omegat/xliff/filters3/file-XLIFFFilter-properties.xlf",
          "6: <trans-unit> without id; every unit needs an id unique within its <file>"),
      Map.entry("omegat/xliff/filters3/file-XLIFFFilter-statcount.xlf",
          "5: <trans-unit> without id; every unit needs an id unique within its <file>"),
      Map.entry("omegat/xliff/filters3/file-XLIFFFilter-tags-optimization.xlf",
          "5: <trans-unit> without id; every unit needs an id unique within its <file>"),
      Map.entry("omegat/xliff/filters3/file-XLIFFFilter-tags.xlf",
          "5: <trans-unit> without id; every unit needs an id unique within its <file>"),
      Map.entry("omegat/xliff/filters3/file-XLIFFFilter.xlf",
          "5: <trans-unit> without id; every unit needs an id unique within its <file>"),
      Map.entry("omegat/xliff/filters4-xliff1/en-ca.xlf",
          "17: unit id '3' appears twice in <file original=\"/home/marc/Escriptori/Test1.en\">; each unit must have its own id"),
      Map.entry("omegat/xliff/filters4-xliff2/ex.9.5.xlf",
          "40: <target> in a document without trgLang; add trgLang to <xliff>"));

  static Stream<Arguments> files() {
    List<Arguments> all = new ArrayList<>();
    Path root = Corpora.root();
    for (String folder : List.of("matecat-xliff-parser", "locize-xliff", "omegat/xliff", "openxliff-maxprograms")) {
      for (Path p : Corpora.xliff(folder)) all.add(Arguments.of(root.relativize(p).toString(), p));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void realToolFileIsReadUnlessItBreaksItsSpec(String name, Path file) {
    assertEquals(REFUSED.get(name), Corpora.outcome(file));
  }
}
