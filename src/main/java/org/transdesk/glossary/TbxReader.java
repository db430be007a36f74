package org.transdesk.glossary;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;

/**
 * Reads TBX-Basic, 2008 ({@code martif/text/body/termEntry/langSet/tig}) and 2019
 * ({@code tbx/text/body/conceptEntry/langSec/termSec}), with StAX in one streaming pass. A
 * concept is an entry: the terms in the root's {@code xml:lang} are its source forms, the others
 * its renderings (DESIGN.md "Glossary"). Never fetches anything: a bare external DTD reference is
 * ignored, a DOCTYPE with an internal subset is refused; depth, size and text length are bounded.
 */
final class TbxReader {
  static final String MATCH_TYPE = "transdesk-match";
  /**
   * The values of TBX's administrativeStatus (TBX-Basic and TBX-Default, with the "-admn-sts"
   * suffix) and of ISO 12620's normativeAuthorization (without it), approved then forbidden; plus
   * "forbidden", which some tools write.
   */
  private static final List<String> APPROVED_STATUS = List.of("preferredTerm", "admittedTerm", "standardizedTerm", "legalTerm", "regulatedTerm");
  private static final List<String> FORBIDDEN_STATUS = List.of("deprecatedTerm", "supersededTerm", "notRecommendedTerm", "obsoleteTerm", "forbidden");
  private static final String STATUS_SUFFIX = "-admn-sts";
  /**
   * The values of usageStatus (TBX-Min's, ISO 30042:2019, plus "doNotUse", which terminology tools
   * write), approved then forbidden. notRecommended and obsolete forbid, as notRecommendedTerm and
   * obsoleteTerm do in administrativeStatus.
   */
  private static final List<String> APPROVED_USAGE = List.of("preferred", "admitted");
  private static final List<String> FORBIDDEN_USAGE = List.of("notRecommended", "obsolete", "doNotUse");
  private static final int MAX_DEPTH = 32;
  private static final long MAX_BYTES = 512L << 20;
  private static final int MAX_TEXT = 10_000;

  private record Term(String language, String text, boolean properNoun, boolean forbidden) {}

  private final Path file;
  private final XMLStreamReader xml;
  private final EntryCollector collector;
  private Language source;
  private final Map<String, Language> languages = new HashMap<>();
  private int depth;
  /** The concepts skipped for want of a source-language term, and the languages their terms are in. */
  private int skipped;
  private final TreeSet<String> skippedLanguages = new TreeSet<>();

  // The concept being read.
  private int conceptLine;
  private boolean title;
  private MatchMode match;
  private final List<String> notes = new ArrayList<>();
  private final List<Term> terms = new ArrayList<>();
  private String language;
  // The term group being read.
  private String termText;
  private boolean properNoun;
  private boolean forbidden;

  private TbxReader(Path file, XMLStreamReader xml, EntryCollector collector) {
    this.file = file;
    this.xml = xml;
    this.collector = collector;
  }

  static void read(Path file, EntryCollector collector) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new DeskException(ExitCode.REJECTED, "%s: larger than %d MiB; split the glossary", file, MAX_BYTES >> 20);
      }
      if (isBlank(file)) {
        throw new DeskException(ExitCode.REJECTED, "%s:1: empty glossary (the file is empty); export the TBX file again", file);
      }
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot read: %s", file, e.getMessage());
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader xml = factory().createXMLStreamReader(in);
      try {
        TbxReader reader = new TbxReader(file, xml, collector);
        reader.document();
        reader.requireSourceTerms();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw malformed(file, e);
    } catch (com.ctc.wstx.exc.WstxLazyException e) {
      throw malformed(file, e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e.getMessage(), e));
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot read: %s", file, e.getMessage());
    }
  }

  /** True for a file of nothing but white space (or a byte order mark): the XML parser would only say "Unexpected EOF in prolog". */
  private static boolean isBlank(Path file) throws IOException {
    if (Files.size(file) > 4096) return false;
    for (byte b : Files.readAllBytes(file)) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) return false;
    }
    return true;
  }

  /**
   * Refuses a file whose concepts were all skipped for want of a term in the root's language: a
   * wrong root xml:lang would otherwise load as a glossary that finds nothing.
   */
  private void requireSourceTerms() {
    if (skipped == 0 || collector.pieces() > 0) return;
    throw new DeskException(ExitCode.REJECTED, "%s: no concept has a term in %s, the source language the root's xml:lang names"
        + " (the terms are in %s); give the language of the source texts there", file, source, String.join(", ", skippedLanguages));
  }

  private static DeskException malformed(Path file, XMLStreamException e) {
    int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
    return new DeskException(ExitCode.REJECTED, e, "%s:%d: not well-formed XML (%s); fix the file or export it again",
        file, line, reason(e));
  }

  private static XMLInputFactory factory() {
    // Woodstox explicitly (fast, and the same parser the XLIFF reader uses), with nothing fetched or expanded.
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    // Whole tokens in next(): lazily, bad bytes inside text surfaced later as an unchecked
    // WstxLazyException, exit 5 instead of a refusal (found by fuzzing).
    factory.setProperty(org.codehaus.stax2.XMLInputFactory2.P_LAZY_PARSING, false);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource " + systemId + " refused");
    });
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH + 1);
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT * 4);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 256);
    return factory;
  }

  private static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int at = message.indexOf(" at [row,col");
    if (at >= 0) message = message.substring(0, at);
    return message.replaceAll("\\s+", " ").strip();
  }

  private int line() {
    return xml.getLocation().getLineNumber();
  }

  private DeskException rejected(String format, Object... args) {
    Object[] all = new Object[args.length + 2];
    all[0] = file;
    all[1] = line();
    System.arraycopy(args, 0, all, 2, args.length);
    return new DeskException(ExitCode.REJECTED, "%s:%d: " + format, all);
  }

  private void document() throws XMLStreamException {
    boolean root = false;
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.DTD -> {
          // A bare external reference (<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">) is common
          // and harmless with DTD support off; an internal subset can declare entities: refuse it.
          // Woodstox's DTD event text is the internal subset (ask for it before anything else: it is lazy).
          String subset = xml.getText();
          if (subset != null && !subset.isBlank()) {
            throw rejected("DOCTYPE with an internal subset (entity declarations are not accepted); remove the DOCTYPE");
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw rejected("entity reference &%s; is not accepted; write the character itself", xml.getLocalName());
        case XMLStreamConstants.START_ELEMENT -> {
          if (!root) {
            root = true;
            root();
          }
          start();
        }
        case XMLStreamConstants.END_ELEMENT -> end();
        default -> { }
      }
    }
  }

  private void root() {
    String name = xml.getLocalName();
    if (!name.equals("martif") && !name.equals("tbx")) {
      throw rejected("not a TBX file: the root element is <%s>, expected <tbx> (TBX 2019) or <martif> (TBX 2008)", name);
    }
    String tag = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    if (tag == null || tag.isBlank()) {
      throw rejected("<%s> has no xml:lang; give the source language there, e.g. <%s xml:lang=\"en\">", name, name);
    }
    source = language(tag);
    collector.sourceLanguage(source);
  }

  private void start() throws XMLStreamException {
    if (++depth > MAX_DEPTH) throw rejected("elements nested deeper than %d; this is not a TBX glossary", MAX_DEPTH);
    switch (xml.getLocalName()) {
      case "termEntry", "conceptEntry" -> {
        conceptLine = line();
        title = false;
        match = null;
        notes.clear();
        terms.clear();
      }
      case "langSet", "langSec" -> {
        String tag = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (tag == null || tag.isBlank()) throw rejected("<%s> without xml:lang; say which language its terms are in", xml.getLocalName());
        language = language(tag).tag();
      }
      case "tig", "ntig", "termSec" -> {
        termText = null;
        properNoun = false;
        forbidden = false;
      }
      case "term" -> {
        if (language == null) throw rejected("<term> outside a <langSet> or <langSec>");
        termText = Tokens.withoutInvisible(text()).strip();
      }
      case "termNote", "descrip", "admin" -> category(xml.getAttributeValue(null, "type"));
      case "subjectField", "partOfSpeech", "administrativeStatus", "normativeAuthorization", "usageStatus" -> category(xml.getLocalName());
      case "note" -> {
        if (depth == conceptDepth()) {
          String note = text().strip();
          if (!note.isEmpty()) notes.add(note);
        }
      }
      default -> { }
    }
  }

  /** termEntry/conceptEntry sit at depth 4 (root, text, body, entry); a concept-level note at 5. */
  private static int conceptDepth() {
    return 5;
  }

  /** A data category, DCA style ({@code <termNote type="partOfSpeech">}) or DCT style ({@code <basic:partOfSpeech>}). */
  private void category(String type) throws XMLStreamException {
    if (type == null) return;
    switch (type) {
      case "subjectField" -> {
        if (text().strip().equalsIgnoreCase("title")) title = true;
      }
      case "partOfSpeech" -> {
        if (text().strip().equalsIgnoreCase("properNoun")) properNoun = true;
      }
      case "administrativeStatus", "normativeAuthorization" -> {
        int line = line();
        String value = text().strip();
        Boolean forbiddenStatus = isForbiddenStatus(value);
        // A misspelled status must not pass as approved: the term it was meant to forbid would go unchecked.
        if (forbiddenStatus == null) {
          throw new DeskException(ExitCode.REJECTED, "%s:%d: unknown %s '%s'; use %s for an approved term, %s for a forbidden one"
              + " (with or without %s)", file, line, type, value, or(APPROVED_STATUS), or(FORBIDDEN_STATUS), STATUS_SUFFIX);
        }
        if (forbiddenStatus) forbidden = true;
      }
      case "usageStatus" -> {
        int line = line();
        String value = text().strip();
        Boolean forbiddenStatus = isForbiddenUsage(value);
        if (forbiddenStatus == null) {
          throw new DeskException(ExitCode.REJECTED, "%s:%d: unknown usageStatus '%s'; use %s for an approved term, %s for a forbidden one"
              + " (or an administrativeStatus value)", file, line, value, or(APPROVED_USAGE), or(FORBIDDEN_USAGE));
        }
        if (forbiddenStatus) forbidden = true;
      }
      case MATCH_TYPE -> {
        String value = text().strip();
        match = MatchMode.fromSpelling(value);
        if (match == null) throw rejected("unknown match mode '%s'; use exact, ignore-case or inflected", value);
      }
      default -> { }
    }
  }

  private void end() {
    switch (xml.getLocalName()) {
      case "tig", "ntig", "termSec" -> {
        if (termText != null && !termText.isEmpty()) {
          if (!Tokens.hasWordChar(termText)) throw rejected("term '%s' has no letters or digits to match", termText);
          terms.add(new Term(language, termText, properNoun, forbidden));
        }
        termText = null;
      }
      case "langSet", "langSec" -> language = null;
      case "termEntry", "conceptEntry" -> concept();
      default -> { }
    }
    depth--;
  }

  private void concept() {
    List<String> sources = new ArrayList<>();
    List<Rendering> renderings = new ArrayList<>();
    boolean name = false;
    for (Term term : terms) {
      name |= term.properNoun;
      boolean isSource = primary(term.language).equals(source.primary());
      if (isSource && !term.forbidden) {
        if (!sources.contains(term.text)) sources.add(term.text);
      } else {
        renderings.add(new Rendering(term.language, term.text, term.forbidden));
      }
    }
    // A concept without a term in the source language cannot be found in a source text.
    if (sources.isEmpty()) {
      if (!terms.isEmpty()) skipped++;
      for (Term term : terms) skippedLanguages.add(term.language);
      return;
    }
    EntryType type = title ? EntryType.TITLE : name ? EntryType.NAME : EntryType.TERM;
    collector.add(type, sources, renderings, match, String.join(" ", notes), file, conceptLine);
  }

  /** The text content of the current element (children's text included); leaves the reader on its end tag. */
  private String text() throws XMLStreamException {
    // The usual case, one run of text and the end tag, without a builder.
    int event = xml.next();
    if (event == XMLStreamConstants.CHARACTERS && xml.getTextLength() <= MAX_TEXT) {
      String single = xml.getText();
      event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        return single;
      }
      return text(new StringBuilder(single), event);
    }
    if (event == XMLStreamConstants.END_ELEMENT) {
      depth--;
      return "";
    }
    return text(new StringBuilder(), event);
  }

  /** The rest of {@link #text()}: {@code event} is the current event, not yet handled. */
  private String text(StringBuilder text, int first) throws XMLStreamException {
    int level = 1;
    int event = first;
    while (true) {
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          if (text.length() > MAX_TEXT) throw rejected("text longer than %d characters in one element; this is not a term", MAX_TEXT);
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw rejected("entity reference &%s; is not accepted; write the character itself", xml.getLocalName());
        case XMLStreamConstants.START_ELEMENT -> {
          if (depth + ++level > MAX_DEPTH) throw rejected("elements nested deeper than %d; this is not a TBX glossary", MAX_DEPTH);
        }
        case XMLStreamConstants.END_ELEMENT -> level--;
        default -> { }
      }
      if (level == 0) break;
      event = xml.next();
    }
    depth--;
    return text.toString();
  }

  /**
   * Whether a status (deprecatedTerm-admn-sts and the others, in any case, with or without the
   * "-admn-sts" suffix) forbids its term; false for an empty one, null for one that is unknown.
   */
  private static Boolean isForbiddenStatus(String status) {
    if (status.isEmpty()) return false;
    int suffix = STATUS_SUFFIX.length();
    boolean suffixed = status.length() > suffix && status.regionMatches(true, status.length() - suffix, STATUS_SUFFIX, 0, suffix);
    int end = suffixed ? status.length() - suffix : status.length();
    for (String approved : APPROVED_STATUS) {
      if (end == approved.length() && status.regionMatches(true, 0, approved, 0, end)) return false;
    }
    for (String forbidden : FORBIDDEN_STATUS) {
      if (end == forbidden.length() && status.regionMatches(true, 0, forbidden, 0, end)) return true;
    }
    return null;
  }

  /** {@link #isForbiddenStatus} for a usageStatus: its own values (any case) or administrativeStatus's. */
  private static Boolean isForbiddenUsage(String status) {
    for (String approved : APPROVED_USAGE) if (status.equalsIgnoreCase(approved)) return false;
    for (String forbidden : FORBIDDEN_USAGE) if (status.equalsIgnoreCase(forbidden)) return true;
    return isForbiddenStatus(status);
  }

  private static String or(List<String> values) {
    return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  private Language language(String tag) {
    Language known = languages.get(tag);
    if (known != null) return known;
    try {
      Language parsed = Language.parse(tag);
      languages.put(tag, parsed);
      return parsed;
    } catch (DeskException e) {
      throw rejected("unknown language tag '%s'; use a BCP 47 tag such as en or de", tag);
    }
  }
}
