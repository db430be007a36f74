package org.transdesk.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes XLIFF 1.2 files the way transdesk's export does (td attributes on file and units), for tests. */
final class Xliff12 {
  private final StringBuilder units = new StringBuilder();
  private final String fileAttributes;

  private Xliff12(String fileAttributes) {
    this.fileAttributes = fileAttributes;
  }

  /** A file for document {@code original}, en → {@code target}, answering export {@code exportId} (null: no td:export). */
  static Xliff12 of(String original, String target, Long exportId) {
    return new Xliff12("original=\"" + original + "\" source-language=\"en\" target-language=\"" + target
        + "\" datatype=\"plaintext\"" + (exportId == null ? "" : " td:export=\"" + exportId + "\" td:version=\"1\""));
  }

  static Xliff12 raw(String fileAttributes) {
    return new Xliff12(fileAttributes);
  }

  /** A unit: sources and targets are XLIFF 1.2 content; target null writes none; attributes go on trans-unit. */
  Xliff12 unit(String id, String source, String target, String state, String unitAttributes) {
    units.append("      <trans-unit id=\"").append(id).append('"').append(unitAttributes.isEmpty() ? "" : " " + unitAttributes).append(">\n")
        .append("        <source>").append(source).append("</source>\n");
    if (target != null) {
      units.append("        <target").append(state == null ? "" : " state=\"" + state + "\"").append('>').append(target).append("</target>\n");
    }
    units.append("      </trans-unit>\n");
    return this;
  }

  /** A unit as export writes it: td:fingerprint of the neutral source and td:rev. */
  Xliff12 unit(long id, String source, String target, String state, int rev) {
    return unit(String.valueOf(id), source, target, state,
        "td:fingerprint=\"" + org.transdesk.check.Fingerprint.of(neutral(source)) + "\" td:rev=\"" + rev + "\"");
  }

  /** XLIFF 1.2 inline codes as the neutral form writes them (CONTRACT.md). */
  static String neutral(String xliff) {
    return xliff.replaceAll("<g id=\"(\\w+)\">", "<pc id=\"$1\">").replace("</g>", "</pc>")
        .replaceAll("<x id=\"(\\w+)\"/>", "<ph id=\"$1\"/>")
        .replaceAll("<bx id=\"(\\w+)\"/>", "<sc id=\"$1\"/>")
        .replaceAll("<ex id=\"(\\w+)\"/>", "<ec id=\"$1\"/>");
  }

  String text() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:td=\"urn:transdesk:xliff:1\">\n"
        + "  <file " + fileAttributes + ">\n    <body>\n" + units + "    </body>\n  </file>\n</xliff>\n";
  }

  Path write(Path file) {
    try {
      Files.writeString(file, text(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
