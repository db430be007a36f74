package org.transdesk.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeutralFormTest {
  /** Records the pieces as short strings. */
  private static List<String> pieces(String neutral) {
    List<String> pieces = new ArrayList<>();
    NeutralForm.parse(neutral, new NeutralForm.Sink() {
      @Override public void text(char[] chars, int start, int length) { pieces.add("'" + new String(chars, start, length) + "'"); }

      @Override public void placeholder(String id) { pieces.add("ph" + id); }

      @Override public void pairedStart(String id) { pieces.add("pc" + id + "["); }

      @Override public void pairedEnd(String id) { pieces.add("]pc" + id); }

      @Override public void isolatedStart(String id) { pieces.add("sc" + id); }

      @Override public void isolatedEnd(String id) { pieces.add("ec" + id); }
    }, new char[4]);
    return pieces;
  }

  @Test
  void plainTextIsUnescapedInOnePiece() {
    assertEquals(List.of("'A & B <c> \"d\" 'e' \u00e9 \uD83D\uDE00'"), pieces("A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233; &#x1F600;"));
  }

  @Test
  void everyInlineCodeKindIsReportedWithItsId() {
    assertEquals(List.of("'a '", "pc1[", "'b'", "pc2[", "'c'", "]pc2", "]pc1", "ph3", "sc4", "'d'", "ec5", "pc6[", "]pc6"),
        pieces("a <pc id=\"1\">b<pc id=\"2\">c</pc></pc><ph id=\"3\"/><sc id='4'/>d<ec id=\"5\" /><pc id=\"6\"/>"));
  }

  @Test
  void emptyTextGivesNoPieces() {
    assertEquals(List.of(), pieces(""));
  }

  @Test
  void unknownElementIsRefusedWithItsOffset() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pieces("a <b>bold</b>"));
    assertEquals("not in the neutral inline form at offset 5: unknown element <b>", e.getMessage());
  }

  @Test
  void unclosedPairedCodeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pieces("<pc id=\"1\">a"));
    assertEquals("not in the neutral inline form at offset 12: <pc id=\"1\"> is never closed", e.getMessage());
  }

  @Test
  void bareAmpersandIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pieces("Q&A"));
    assertEquals("not in the neutral inline form at offset 1: '&' that starts no entity", e.getMessage());
  }

  @Test
  void placeholderWithContentIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pieces("<ph id=\"1\">x"));
    assertEquals("not in the neutral inline form at offset 11: <ph> must be empty", e.getMessage());
  }

  @Test
  void codeWithoutIdIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pieces("<ph/>"));
    assertEquals("not in the neutral inline form at offset 5: expected id=\"N\" in <ph/>", e.getMessage());
  }
}
