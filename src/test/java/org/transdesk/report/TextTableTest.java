package org.transdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {
  /** Terminal columns as counted here: Chinese, full-width forms and emoji two, combining accents none. */
  private static int terminalColumns(String line) {
    int columns = 0;
    for (int cp : line.codePoints().toArray()) {
      if (cp >= 0x0300 && cp <= 0x036F) continue;
      boolean wide = cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60
          || cp >= 0x1F300 && cp <= 0x1FAFF;
      columns += wide ? 2 : 1;
    }
    return columns;
  }

  @Test
  void chineseAndEmojiTextIsCutToTheTerminalWidthNotToItsCharacterCount() {
    String chinese = "国家主席习近平周一在北京会见了来自德国的总理以及多位欧洲国家的外交部长，双方就气候变化、贸易合作和地区安全等一系列重大问题交换了意见。";
    String emoji = "🎉".repeat(30) + " party in Berlin, the fans celebrated all night long";
    StringWriter out = new StringWriter();
    new TextTable("  ").column("ID", TextTable.Align.RIGHT).column("SOURCE", TextTable.Align.LEFT, TextTable.Cut.END)
        .row(25, chinese).row(26, emoji).row(27, "short").print(new PrintWriter(out, true), 80);
    String[] lines = out.toString().split("\n");
    for (String line : lines) assertTrue(terminalColumns(line) <= 80, terminalColumns(line) + " columns: " + line);
    assertTrue(lines[1].endsWith("…") && terminalColumns(lines[1]) >= 78, "cut near the width, not far short of it: " + lines[1]);
    assertTrue(lines[2].endsWith("…"), lines[2]);
    assertEquals("  27  short", lines[3]);
  }

  @Test
  void aCutKeepsACombiningAccentWithItsLetter() {
    String decomposed = "Cafe\u0301 ".repeat(20);
    String cut = TextTable.cut(decomposed, 12, TextTable.Cut.END);
    assertEquals("Cafe\u0301 Cafe\u0301 C…", cut);
    assertEquals("…afe\u0301 Cafe\u0301", TextTable.cut(decomposed.strip(), 9, TextTable.Cut.START));
    // The accent whose letter is cut off at the start goes with it.
    assertEquals("… Cafe\u0301", TextTable.cut(decomposed.strip(), 6, TextTable.Cut.START));
  }
}
