package org.transdesk.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The inputs the fuzzers draw: seeds changed by one to four mutations, random bytes, and soups of a format's tokens. */
final class Inputs {
  private Inputs() {}

  static Arbitrary<Mutation> mutation() {
    return Combinators.combine(
            Arbitraries.of(Mutation.Kind.class),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 10_000))
        .as(Mutation::new);
  }

  /** A seed (by index) with 1–4 mutations applied in turn. */
  static Arbitrary<byte[]> mutated(List<byte[]> seeds) {
    return Combinators.combine(Arbitraries.integers().between(0, seeds.size() - 1), mutation().list().ofMinSize(1).ofMaxSize(4))
        .as((seed, mutations) -> {
          byte[] input = seeds.get(seed);
          for (Mutation mutation : mutations) input = mutation.apply(input, seeds);
          return input;
        });
  }

  static Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
  }

  /** Up to 200 tokens of a format's vocabulary, joined: deeper than random bytes, wilder than mutated seeds. */
  static Arbitrary<byte[]> soup(List<String> vocabulary) {
    return Arbitraries.of(vocabulary).list().ofMaxSize(200)
        .map(tokens -> String.join("", tokens).getBytes(StandardCharsets.UTF_8));
  }

  static final List<String> XLIFF_TOKENS = List.of(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
      "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">",
      "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"de\">",
      "<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\">", "</xliff>",
      "<file original=\"a.txt\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\">", "<file id=\"f\">", "</file>",
      "<header>", "</header>", "<body>", "</body>", "<group id=\"g\">", "</group>", "<trans-unit id=\"1\">", "<trans-unit id=\"2\">",
      "</trans-unit>", "<unit id=\"1\">", "<unit id=\"2\">", "</unit>", "<segment>", "<segment state=\"translated\">", "</segment>",
      "<ignorable>", "</ignorable>", "<source>", "</source>", "<target>", "<target state=\"final\">", "</target>", "<note>", "</note>",
      "<notes>", "</notes>", "<g id=\"1\">", "</g>", "<x id=\"2\"/>", "<bx id=\"3\"/>", "<ex id=\"3\"/>", "<ph id=\"1\"/>",
      "<pc id=\"1\">", "</pc>", "<sc id=\"5\"/>", "<ec startRef=\"5\"/>", "<ec id=\"6\" isolated=\"yes\"/>", "<mrk mtype=\"seg\" mid=\"1\">",
      "</mrk>", "<sm id=\"m\"/>", "<em startRef=\"m\"/>", "<cp hex=\"0009\"/>", "<originalData>", "</originalData>",
      "<data id=\"d1\">", "</data>", "<alt-trans>", "</alt-trans>", "<seg-source>", "</seg-source>", "<![CDATA[x<y]]>",
      "Kim Jong Un", " ", "\n", "&amp;", "&lt;", "&#x1F600;", "&bogus;", "😀", "עברית", "e\u0301", "'); DROP TABLE segment;--",
      "<!DOCTYPE x>", "<!-- c -->", "<?pi?>", "\u0000", "<", ">", "\"", "=", " xml:space=\"preserve\"", " translate=\"no\"");

  static final List<String> CSV_TOKENS = List.of(
      "type,source,target_lang,target,forbidden,match,note\n", "source,type,target_lang\n", "\uFEFF", "name", "title", "term", "person",
      ",", "\n", "\r\n", "\"", "\"\"", "Kim Jong Un", "de", "fr", "*", "de-CH", "xx-!!", "|", "||", "exact", "ignore-case", "inflected",
      "fuzzy", "US-Sondergesandter", " ", "\t", ";", "😀", "\u0000", "=cmd|' /C calc'!A0", "e\u0301", "'); DROP TABLE segment;--");

  static final List<String> TBX_TOKENS = List.of(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<martif type=\"TBX-Basic\" xml:lang=\"en\">", "</martif>",
      "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">", "</tbx>", "<text>", "</text>",
      "<body>", "</body>", "<termEntry id=\"t\">", "</termEntry>", "<conceptEntry id=\"c\">", "</conceptEntry>",
      "<langSet xml:lang=\"en\">", "<langSet xml:lang=\"de\">", "<langSet>", "</langSet>", "<langSec xml:lang=\"fr\">", "</langSec>",
      "<tig>", "</tig>", "<termSec>", "</termSec>", "<term>", "</term>", "<termNote type=\"partOfSpeech\">properNoun</termNote>",
      "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>", "<descrip type=\"subjectField\">title</descrip>",
      "<note>", "</note>", "Kim Jong Un", "Sondergesandter", " ", "\n", "&amp;", "&foo;", "<!DOCTYPE martif SYSTEM \"x.dtd\">",
      "<!DOCTYPE martif [<!ENTITY e \"x\">]>", "<hi>", "</hi>", "😀", "\u0000");

  static final List<String> SRX_TOKENS = List.of(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">", "</srx>",
      "<header segmentsubflows=\"yes\" cascade=\"yes\">", "</header>", "<header/>", "<body>", "</body>", "<languagerules>",
      "</languagerules>", "<languagerule languagerulename=\"R\">", "</languagerule>", "<rule break=\"yes\">", "<rule break=\"no\">",
      "</rule>", "<beforebreak>", "</beforebreak>", "<afterbreak>", "</afterbreak>", "<beforebreak/>", "<afterbreak/>",
      "<maprules>", "</maprules>", "<languagemap languagepattern=\".*\" languagerulename=\"R\"/>",
      "<languagemap languagepattern=\"en.*\" languagerulename=\"Q\"/>", "[\\.!?]", "\\s", "\\p{Lu}", "(a+)+", "(", ")", "[", "]", "{2,}",
      "*", "+", "?", "\\", "\\b", "Mr\\.", "$", "^", "|", " ", "\n", "&amp;", "&lt;", "<formathandle type=\"start\" include=\"no\"/>");

  static final List<String> ARTICLE_TOKENS = List.of(
      "Kim Jong Un met Sung Kim.", " ", "\n", "\n\n", "\r\n", "Mr.", "U.S.", "\"Quote,\" he said.", "...", "?", "!", "—",
      "<p>", "</p>", "<b>", "</b>", "<a href=\"https://example.org\">", "</a>", "<br/>", "<script>", "</script>", "<!--", "-->",
      "<html>", "<body>", "<h1>", "</h1>", "<table><tr><td>", "</td></tr></table>", "&amp;", "&nbsp;", "&#0;", "&bogus;",
      "# ", "## ", "> ", "- ", "* ", "1. ", "```", "`", "**", "_", "[link](http://x)", "![img](x.png)", "| a | b |\n|---|---|\n",
      "<div>", "</div>", "https://example.org/a?b=1", "desk@example.org", "😀", "עברית", "e\u0301", "\u202E", "\t", "\u0000",
      "'); DROP TABLE segment;--", "    indented code");
}
