package org.transdesk.glossary;

import java.nio.file.Path;
import java.util.List;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * Reads an OmegaT glossary: one entry per line, the source term, a tab, its translation and
 * optionally a tab and a comment; lines starting with {@code #} are comments. Several
 * translations of one term are several lines, or one line with them separated by {@code |}. The
 * file names no languages: its translations count for every target language ({@code *}), and
 * its entries are terms (a missing rendering is a warning), since OmegaT does not tell names from
 * terms.
 */
final class OmegatGlossaryReader {
  private OmegatGlossaryReader() {}

  static void read(Path file, EntryCollector collector) {
    String text = CsvGlossaryReader.decode(file);
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
      int number = i + 1;
      String[] fields = line.split("\t", -1);
      if (fields.length < 2) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: no tab after the term; an OmegaT glossary line is"
            + " term<TAB>translation<TAB>comment", file, number);
      }
      String source = fields[0].strip();
      List<String> targets = CsvGlossaryReader.variants(fields[1]);
      if (source.isEmpty() || !Tokens.hasWordChar(source)) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: '%s' has no letters or digits to match", file, number, source);
      }
      if (targets.isEmpty()) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: no translation for '%s'; give one after the tab", file, number, source);
      }
      List<Rendering> renderings = targets.stream().map(target -> new Rendering(Rendering.ANY, target, false)).toList();
      String comment = fields.length > 2 ? String.join(" ", List.of(fields).subList(2, fields.length)).strip() : "";
      collector.add(EntryType.TERM, List.of(source), renderings, null, comment, file, number);
    }
  }
}
