package org.transdesk.glossary;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** The first line Excel reads (and writes, when asked) to name the separator: "sep=;". */
  private static final Pattern EXCEL_SEPARATOR = Pattern.compile("sep=([,;\\t|])[ \\t]*(?=\\r?\\n|\\r|$)", Pattern.CASE_INSENSITIVE);
  /** The terms' columns: a line break in one of them could never match a segment. */
  private static final List<String> TERM_COLUMNS = List.of("source", "target", "forbidden");

  private final Path file;
  private final String text;
  private final int[] lineStarts;
  private final char delimiter;

  private CsvGlossaryReader(Path file, String text, char delimiter) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts(text);
    this.delimiter = delimiter;
  }

  static void read(Path file, EntryCollector collector) {
    String text = decode(file);
    char delimiter;
    Matcher sep = EXCEL_SEPARATOR.matcher(text);
    if (sep.lookingAt()) {
      // Excel's "sep=;" line names the separator; emptied (its line break kept) so lines keep their numbers.
      delimiter = sep.group(1).charAt(0);
      text = text.substring(sep.end(1));
    } else {
      delimiter = delimiter(text);
    }
    new CsvGlossaryReader(file, text, delimiter).parse(text, collector);
  }

  private void parse(String text, EntryCollector collector) {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!next(records, parser)) {
        throw new DeskException(ExitCode.REJECTED,
            "%s:1: empty glossary; start with a header row such as %s", file, String.join(",", COLUMNS));
      }
      CSVRecord header = records.next();
      // Excel keeps a cleared first row as ",,,,,,": the header is the first row with a name in it.
      while (header.stream().allMatch(String::isBlank)) {
        if (!next(records, parser)) {
          throw new DeskException(ExitCode.REJECTED,
              "%s:1: empty glossary; start with a header row such as %s", file, String.join(",", COLUMNS));
        }
        header = records.next();
      }
      Map<String, Integer> columns = header(header);
      while (next(records, parser)) {
        CSVRecord record = records.next();
        // Excel keeps rows whose cells were cleared as ",,,,,,": nothing to read, not an error.
        if (record.stream().allMatch(String::isBlank)) continue;
        row(record, columns, header.size(), collector);
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

  /**
   * hasNext() with commons-csv's parse errors turned into a one-line rejection at the line where
   * the broken record starts: for an unclosed quote that is where the quote opens, not the end of
   * the file where the parser gave up.
   */
  private boolean next(Iterator<CSVRecord> records, CSVParser parser) {
    long before = parser.getCurrentLineNumber();
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      reason = reason.replaceAll("\\s*at line: \\d+, position: \\d+", "").replaceAll("\\s+", " ").strip();
      long found = parser.getCurrentLineNumber();
      long start = firstLineAfter(before);
      Matcher unclosed = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished").matcher(reason);
      if (unclosed.find()) {
        start = Long.parseLong(unclosed.group(1));
        reason = "a quoted field starts on this line and is not closed before the end of the file";
      } else if (found > start) {
        reason += ", found on line " + found;
      }
      throw new DeskException(ExitCode.REJECTED, e, "%s:%d: malformed CSV (%s); quote fields that contain commas, quotes or line breaks as RFC 4180 says",
          file, start, reason);
    }
  }

  /** The first line after line {@code line} that is not empty (the parser skips empty ones). */
  private long firstLineAfter(long line) {
    int next = (int) Math.min(line, lineStarts.length - 1);
    while (next + 1 < lineStarts.length && isEmptyLine(next)) next++;
    return next + 1;
  }

  private boolean isEmptyLine(int index) {
    int start = lineStarts[index];
    return start >= text.length() || text.charAt(start) == '\n' || text.charAt(start) == '\r';
  }

  private Map<String, Integer> header(CSVRecord header) {
    Map<String, Integer> columns = new HashMap<>();
    // Excel saves the empty columns right of a table's last used one as ",,,": no columns, as long
    // as no row has a value there (see row).
    int named = header.size();
    while (named > 1 && header.get(named - 1).isBlank()) named--;
    for (int i = 0; i < named; i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: column %d of the header has no name; the columns are %s",
            file, line(header), i + 1, String.join(", ", COLUMNS));
      }
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

  private void row(CSVRecord record, Map<String, Integer> columns, int headerSize, EntryCollector collector) {
    int line = line(record);
    if (record.size() < columns.size() || record.size() > Math.max(columns.size(), headerSize) && !blankFrom(record, headerSize)) {
      throw new DeskException(ExitCode.REJECTED, "%s:%d: expected %d columns as in the header, found %d",
          file, line, columns.size(), record.size());
    }
    for (int i = columns.size(); i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        throw new DeskException(ExitCode.REJECTED, "%s:%d: a value in column %d, which has no name in the header: name the column, or clear it",
            file, line, i + 1);
      }
    }
    for (int i = 0; i < record.size(); i++) {
      String cell = record.get(i);
      if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
      // An opening quote closed only rows later (at the next quote) turns those rows into this
      // cell's text: valid RFC 4180, silently losing entries.
      for (String inner : cell.split("\\r\\n|\\r|\\n")) {
        if (looksLikeRow(inner, columns.size())) {
          int cellLine = line;
          for (int j = 0; j < i; j++) cellLine += lineBreaks(record.get(j));
          throw new DeskException(ExitCode.REJECTED, "%s:%d: the quoted cell that starts here holds lines that look like rows of the glossary"
              + " ('%s'); a closing quote is probably missing at the end of the cell", file, cellLine, inner.strip());
        }
      }
    }
    for (String column : TERM_COLUMNS) {
      Integer index = columns.get(column);
      if (index == null) continue;
      String cell = record.get(index);
      if (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        int cellLine = line;
        for (int i = 0; i < index; i++) cellLine += lineBreaks(record.get(i));
        throw new DeskException(ExitCode.REJECTED, "%s:%d: a line break inside a term ('%s' in column '%s'); write the term on one line",
            file, cellLine, cell.strip().replaceAll("\\r\\n|\\r|\\n", "⏎"), column);
      }
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

  /** A line that starts with a type and has a separator for every column. */
  private boolean looksLikeRow(String line, int columns) {
    int separator = line.indexOf(delimiter);
    if (separator < 0 || EntryType.fromSpelling(line.substring(0, separator)) == null) return false;
    int separators = 0;
    for (int i = 0; i < line.length(); i++) if (line.charAt(i) == delimiter) separators++;
    return separators >= columns - 1;
  }

  private static boolean blankFrom(CSVRecord record, int from) {
    for (int i = from; i < record.size(); i++) if (!record.get(i).isBlank()) return false;
    return true;
  }

  private static int lineBreaks(String cell) {
    int count = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) count++;
    }
    return count;
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

  /**
   * The {@code |}-separated variants of a field, stripped, without empty ones or repeats, and
   * without the invisible characters matching ignores (a soft hyphen pasted from a web page).
   */
  static List<String> variants(String field) {
    List<String> result = new ArrayList<>();
    for (String part : field.split("\\|")) {
      String variant = Tokens.withoutInvisible(part).strip();
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
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      if (charset != StandardCharsets.UTF_8) {
        throw new DeskException(ExitCode.REJECTED, "%s: not UTF-16 text; save the glossary as UTF-8", file);
      }
      // Excel's plain "CSV" is Windows-1252 (or the Mac's encoding): "ä" is the one byte 0xE4.
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
      // UTF-16 without a byte order mark reads as UTF-8 up to the first letter beyond ASCII; its
      // zero bytes give it away.
      if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
        throw new DeskException(ExitCode.REJECTED, "%s: a ZIP archive (an Excel workbook?), not CSV text; in Excel, Save As \"CSV UTF-8\"", file);
      }
      int zeroBytes = 0;
      for (int i = 0; i < at; i++) if (bytes[i] == 0) zeroBytes++;
      boolean zeros = at >= 8 && zeroBytes * 3 >= at;
      throw new DeskException(ExitCode.REJECTED, "%s:%d: byte 0x%02X is not UTF-8%s; save the glossary as UTF-8 (in Excel: Save As, \"CSV UTF-8\")",
          file, line, bytes[at] & 0xFF, zeros ? " (the file looks like UTF-16 without a byte order mark)" : "");
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
