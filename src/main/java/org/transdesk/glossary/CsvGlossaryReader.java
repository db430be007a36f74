package org.transdesk.glossary;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;

/**
 * Reads a CSV glossary (DESIGN.md "Glossary"): UTF-8 with or without BOM, RFC 4180 quoting,
 * a header row naming the columns in any order, variants separated by {@code |}; fields separated
 * by commas, or by semicolons or tabs when the header is.
 */
final class CsvGlossaryReader {
  static final List<String> COLUMNS = List.of("type", "source", "target_lang", "target", "forbidden", "match", "note");
  private static final List<String> REQUIRED = List.of("type", "source", "target_lang");
  private static final long MAX_BYTES = 256L << 20;

  private final Path file;
  private final String text;
  private final int[] lineStarts;

  private CsvGlossaryReader(Path file, String text) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  static void read(Path file, EntryCollector collector) {
    String text = decode(file);
    new CsvGlossaryReader(file, text).parse(text, collector);
  }

  private void parse(String text, EntryCollector collector) {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!next(records, parser)) {
        throw new DeskException(ExitCode.REJECTED,
            "%s:1: empty glossary; start with a header row such as %s", file, String.join(",", COLUMNS));
      }
      CSVRecord header = records.next();
      Map<String, Integer> columns = header(header);
      while (next(records, parser)) {
        CSVRecord record = records.next();
        // Excel keeps rows whose cells were cleared as ",,,,,,": nothing to read, not an error.
        if (record.stream().allMatch(String::isBlank)) continue;
        row(record, columns, collector);
      }
    } catch (IOException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s: cannot read: %s", file, e.getMessage());
    }
  }

  /**
   * The field separator, read off the header row: the comma of RFC 4180, or the semicolon (or
   * tab) that Excel writes in locales whose decimal separator is a comma, as German and French
   * desks' are. No column name holds any of them.
   */
  private static char delimiter(String text) {
    String rest = text.stripLeading();
    int end = rest.indexOf('\n');
    String header = end < 0 ? rest : rest.substring(0, end);
    if (header.indexOf(',') < 0 && header.indexOf(';') >= 0) return ';';
    if (header.indexOf(',') < 0 && header.indexOf('\t') >= 0) return '\t';
    return ',';
  }

  /** hasNext() with commons-csv's parse errors turned into a one-line rejection. */
  private boolean next(Iterator<CSVRecord> records, CSVParser parser) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      reason = reason.replaceAll("\\s*at line: \\d+, position: \\d+", "").replaceAll("\\s+", " ").strip();
      throw new DeskException(ExitCode.REJECTED, e, "%s:%d: malformed CSV (%s); quote fields that contain commas, quotes or line breaks as RFC 4180 says",
          file, parser.getCurrentLineNumber(), reason);
    }
  }

  private Map<String, Integer> header(CSVRecord header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: unknown column '%s' in the header; the columns are %s",
            file, line(header), header.get(i).strip(), String.join(", ", COLUMNS));
      }
      if (columns.put(name, i) != null) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: column '%s' appears twice in the header", file, line(header), name);
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: the header lacks the required column '%s'; the columns are %s",
            file, line(header), required, String.join(", ", COLUMNS));
      }
    }
    return columns;
  }

  private void row(CSVRecord record, Map<String, Integer> columns, EntryCollector collector) {
    int line = line(record);
    if (record.size() != columns.size()) {
      throw new DeskException(ExitCode.REJECTED, "%s:%d: expected %d columns as in the header, found %d",
          file, line, columns.size(), record.size());
    }
    String typeText = field(record, columns, "type");
    EntryType type = EntryType.fromSpelling(typeText);
    if (type == null) {
      throw new DeskException(ExitCode.REJECTED, "%s:%d: unknown type '%s'; use name, title or term", file, line, typeText);
    }
    List<String> sources = variants(field(record, columns, "source"));
    if (sources.isEmpty()) {
      throw new DeskException(ExitCode.REJECTED, "%s:%d: empty source; give the term as written in the source language", file, line);
    }
    for (String source : sources) requireWords(source, line);
    String language = language(field(record, columns, "target_lang"), line);
    String matchText = field(record, columns, "match");
    MatchMode match = null;
    if (!matchText.isEmpty()) {
      match = MatchMode.fromSpelling(matchText);
      if (match == null) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: unknown match mode '%s'; use exact, ignore-case or inflected", file, line, matchText);
      }
    }
    List<Rendering> renderings = new ArrayList<>();
    for (String text : variants(field(record, columns, "target"))) renderings.add(new Rendering(language, text, false));
    for (String text : variants(field(record, columns, "forbidden"))) renderings.add(new Rendering(language, text, true));
    if (renderings.isEmpty() && type != EntryType.NAME) {
      throw new DeskException(ExitCode.REJECTED, "%s:%d: a %s needs an approved rendering in 'target' (or a forbidden one in 'forbidden')",
          file, line, type);
    }
    collector.add(type, sources, renderings, match, field(record, columns, "note"), file, line);
  }

  private void requireWords(String text, int line) {
    if (!Tokens.hasWordChar(text)) {
      throw new DeskException(ExitCode.REJECTED, "%s:%d: '%s' has no letters or digits to match", file, line, text);
    }
  }

  private String language(String text, int line) {
    if (text.isEmpty()) {
      throw new DeskException(ExitCode.REJECTED, "%s:%d: empty target_lang; give a BCP 47 tag such as de, or * for every language", file, line);
    }
    if (text.equals(Rendering.ANY)) return Rendering.ANY;
    try {
      return Language.parse(text).tag();
    } catch (DeskException e) {
      throw new DeskException(ExitCode.REJECTED, "%s:%d: unknown language tag '%s'; give a BCP 47 tag such as de, or * for every language", file, line, text);
    }
  }

  private static String field(CSVRecord record, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    return index == null ? "" : record.get(index).strip();
  }

  /** The {@code |}-separated variants of a field, stripped, without empty ones or repeats. */
  static List<String> variants(String field) {
    List<String> result = new ArrayList<>();
    for (String part : field.split("\\|")) {
      String variant = part.strip();
      if (!variant.isEmpty() && !result.contains(variant)) result.add(variant);
    }
    return result;
  }

  private int line(CSVRecord record) {
    int position = (int) record.getCharacterPosition();
    // commons-csv reports the position before the empty lines it skipped.
    while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) position++;
    int index = Arrays.binarySearch(lineStarts, position);
    return index >= 0 ? index + 1 : -index - 1;
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[line++] = i + 1;
    return starts;
  }

  /**
   * The text of a glossary file: UTF-8 with or without a byte order mark, or UTF-16 with one (what
   * Excel's "Unicode text" and Windows editors write). Anything else is refused, not guessed.
   */
  static String decode(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new DeskException(ExitCode.REJECTED, "%s: larger than %d MiB; split the glossary", file, MAX_BYTES >> 20);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot read: %s", file, e.getMessage());
    }
    java.nio.charset.Charset utf16 = org.transdesk.ByteOrderMark.utf16(bytes);
    java.nio.charset.Charset charset = utf16 != null ? utf16 : StandardCharsets.UTF_8;
    String text;
    try {
      text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s: not %s text; save the glossary as UTF-8", file,
          charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
