package org.transdesk.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.transdesk.Language;

class TermMatcherTest {
  private static final Language EN = Language.parse("en");
  private static final Language DE = Language.parse("de");

  private static Entry name(String source, String... renderings) {
    return new Entry(EntryType.NAME, List.of(source), List.of(), MatchMode.EXACT, "");
  }

  private static Entry title(String source, String german) {
    return new Entry(EntryType.TITLE, List.of(source), List.of(new Rendering("de", german, false)), MatchMode.INFLECTED, "");
  }

  private static List<String> found(TermMatcher matcher, String text) {
    return matcher.find(text).stream().map(m -> m.text() + "=" + m.entry().source()).toList();
  }

  @Test
  void findsMultiwordNamesOnTokenBoundariesOnly() {
    TermMatcher matcher = Glossary.of(List.of(name("Kim"), name("Kim Jong Un"))).matcher(EN, DE);
    assertEquals(List.of("Kim Jong Un=Kim Jong Un", "Kim=Kim"), found(matcher, "Kimberly met Kim Jong Un and Kim."));
  }

  @Test
  void prefersTheLongestMatch() {
    TermMatcher matcher = Glossary.of(List.of(name("Joe Biden"), name("US President Joe Biden"))).matcher(EN, DE);
    assertEquals(List.of("US President Joe Biden=US President Joe Biden", "Joe Biden=Joe Biden"),
        found(matcher, "US President Joe Biden said Joe Biden's view"));
  }

  @Test
  void countsOccurrences() {
    Entry kim = name("Kim Jong Un");
    TermMatcher matcher = Glossary.of(List.of(kim)).matcher(EN, DE);
    assertEquals(Map.of(kim, 2), TermMatcher.count(matcher.find("Kim Jong Un’s talks: Kim Jong Uns statements")));
  }

  @Test
  void findsInflectedTitlesInGerman() {
    Entry envoy = title("special envoy", "Sondergesandter");
    TargetText target = Glossary.of(List.of(envoy)).matcher(EN, DE).target("Der Sprecher des Sondergesandten sagte");
    assertEquals(List.of(new Span(17, 32, "Sondergesandten", "Sondergesandter")), target.approved(envoy));
  }
}
