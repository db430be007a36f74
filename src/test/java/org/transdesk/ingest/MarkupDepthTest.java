package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

class MarkupDepthTest {
  @Test
  void deeplyNestedElementsAreRefusedAtTheLineWhereTheyPassTheLimit() {
    String html = "<html>\n<body>\n" + "<div>".repeat(300) + "x" + "</div>".repeat(300) + "\n</body></html>";
    DeskException e = assertThrows(DeskException.class, () -> MarkupDepth.check("deep.html", html));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    assertEquals("deep.html:3: HTML elements nested more than 256 levels deep; an article is never built like this: check the file",
        e.getMessage());
  }

  @Test
  void unclosedParagraphsListItemsVoidAndSelfClosedElementsDoNotNest() {
    String html = "<html><body>" + "<p>para <br> <img src=x> <span/> text".repeat(2000) + "<ul>" + "<li>item".repeat(2000)
        + "</ul>" + "<table>" + "<tr><td>a<td>b".repeat(2000) + "</table></body></html>";
    MarkupDepth.check("flat.html", html);
  }

  @Test
  void endTagsCloseWhatWasLeftOpenInsideThem() {
    String html = ("<div>" + "<b><i><span>".repeat(10) + "</div>").repeat(1000);
    MarkupDepth.check("closed.html", html);
  }

  @Test
  void tagsInCommentsScriptsAndAttributesAreNotElements() {
    String html = "<!-- " + "<div>".repeat(1000) + " -->" + "<script>var s = '" + "<div>".repeat(1000) + "';</script>"
        + "<a title=\"" + "<div>".repeat(1000) + "\">x</a>";
    MarkupDepth.check("hidden.html", html);
  }
}
