package org.transdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.okapi.lib.segmentation.Rule;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;
import org.transdesk.Language;

/**
 * SRX sentence rules: Okapi's bundled defaults extended by transdesk's newsroom exceptions, or a
 * desk's own SRX file. Each thread compiles the rules of a language once and keeps the segmenter.
 */
public final class SentenceRules {
  private static final String OKAPI_DEFAULTS = "/net/sf/okapi/lib/segmentation/defaultSegmentation.srx";
  private static final String TRANSDESK_ADDITIONS = "/org/transdesk/ingest/transdesk-news.srx";
  private static final Object COMPILING = new Object();

  private final SRXDocument document;
  private final String origin;
  private final ThreadLocal<Map<String, ISegmenter>> compiled = ThreadLocal.withInitial(HashMap::new);

  private SentenceRules(SRXDocument document, String origin) {
    this.document = document;
    this.origin = origin;
  }

  /** Okapi's default rules with transdesk's exceptions tried first (transdesk-news.srx). */
  public static SentenceRules standard() {
    SRXDocument defaults = load(OKAPI_DEFAULTS);
    SRXDocument additions = load(TRANSDESK_ADDITIONS);
    List<LanguageMap> maps = defaults.getAllLanguagesMaps();
    maps.addAll(0, additions.getAllLanguagesMaps());
    additions.getAllLanguageRules().forEach(defaults::addLanguageRule);
    // A line break or an image between two sentences ("failed.<br>Both sides…", as CMS copy is
    // often written) separates them as a space would: the break rules see the isolated code as white space.
    defaults.setTreatIsolatedCodesAsWhitespace(true);
    return new SentenceRules(defaults, "transdesk's default rules");
  }

  /** A desk's own SRX 2.0 file, used as it is. */
  public static SentenceRules fromFile(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new DeskException(ExitCode.REJECTED, "%s: no such SRX file; check the path given to --srx", file);
    } catch (IOException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s: cannot read the SRX file (%s); give a readable UTF-8 SRX 2.0 file", file, e.getMessage());
    }
    checkXml(file, text);
    SRXDocument document = new SRXDocument();
    try {
      document.loadRules((CharSequence) text);
      RuleGuard.guard(document);
    } catch (RuntimeException e) {
      throw new DeskException(ExitCode.REJECTED, e, "%s: not a valid SRX file (%s); give an SRX 2.0 file such as Okapi's defaultSegmentation.srx",
          file, firstLine(e));
    }
    if (document.getAllLanguagesMaps().isEmpty() || document.getAllLanguageRules().isEmpty()) {
      throw new DeskException(ExitCode.REJECTED, "%s: not a valid SRX file (no language rules or language maps); give an SRX 2.0 file such as Okapi's defaultSegmentation.srx", file);
    }
    checkPatterns(file, document);
    return new SentenceRules(document, file.toString());
  }

  /**
   * Reads the file through once with a parser that resolves nothing, before Okapi's loader sees it:
   * that loader's XML parser printed a raw "[Fatal Error] :3:1: …" line of its own on stderr for a
   * file that is not well-formed, and would follow a DOCTYPE's external references.
   */
  private static void checkXml(Path file, String text) {
    javax.xml.stream.XMLInputFactory factory = new com.ctc.wstx.stax.WstxInputFactory();
    factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(org.codehaus.stax2.XMLInputFactory2.P_LAZY_PARSING, false);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new javax.xml.stream.XMLStreamException("external resource " + systemId + " refused");
    });
    try {
      javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(new java.io.StringReader(text));
      try {
        while (reader.hasNext()) {
          if (reader.next() == javax.xml.stream.XMLStreamConstants.DTD) {
            throw new DeskException(ExitCode.REJECTED, "%s:%d: the SRX file has a DOCTYPE, which transdesk never reads; remove it",
                file, reader.getLocation().getLineNumber());
          }
        }
      } finally {
        reader.close();
      }
    } catch (javax.xml.stream.XMLStreamException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
      String message = e.getMessage() == null ? "unreadable" : e.getMessage();
      int at = message.indexOf(" at [row,col");
      if (at >= 0) message = message.substring(0, at);
      throw new DeskException(ExitCode.REJECTED, e, "%s:%d: not well-formed XML (%s); give an SRX 2.0 file such as Okapi's"
          + " defaultSegmentation.srx", file, line, message.lines().findFirst().orElse(message).strip());
    }
  }

  /**
   * Compiles every language rule once, so a broken regular expression is refused here, naming its
   * rule, instead of failing in the middle of an ingest (found by fuzzing: it was exit 5).
   */
  private static void checkPatterns(Path file, SRXDocument document) {
    for (LanguageMap map : document.getAllLanguagesMaps()) {
      try {
        Pattern.compile(map.getPattern());
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new DeskException(ExitCode.REJECTED, e,
            "%s: the languagemap of '%s' has a languagepattern that is not a valid regular expression (%s); fix it",
            file, map.getRuleName(), e.getDescription());
      }
    }
    for (String name : document.getAllLanguageRules().keySet()) {
      try {
        document.compileSingleLanguageRule(name, null);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new DeskException(ExitCode.REJECTED, e,
            "%s: language rule '%s' has a rule that is not a valid regular expression (%s); fix its <beforebreak> or <afterbreak>",
            file, name, e.getDescription());
      } catch (RuntimeException e) {
        throw new DeskException(ExitCode.REJECTED, e, "%s: language rule '%s' cannot be compiled (%s); fix its rules",
            file, name, firstLine(e));
      }
    }
  }

  private static SRXDocument load(String resource) {
    try (InputStream in = SentenceRules.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      SRXDocument document = new SRXDocument();
      document.loadRules(in);
      RuleGuard.guard(document);
      return document;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + resource, e);
    }
  }

  /** This thread's segmenter for a language, compiled on first use. */
  ISegmenter segmenter(Language language) {
    return compiled.get().computeIfAbsent(language.tag(), tag -> {
      synchronized (COMPILING) {
        return compile(tag);
      }
    });
  }

  /**
   * The language's rules as one flat list in SRX cascade order, with exact duplicates dropped (a
   * later identical rule can never decide a position: the first one already has).
   */
  private ISegmenter compile(String tag) {
    LocaleId locale = LocaleId.fromBCP47(tag);
    ArrayList<Rule> flat = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LanguageMap map : document.getAllLanguagesMaps()) {
      if (!Pattern.matches(map.getPattern(), locale.toString()) && !Pattern.matches(map.getPattern(), tag)) continue;
      List<Rule> rules = document.getLanguageRules(map.getRuleName());
      if (rules != null) {
        for (Rule rule : rules) {
          if (seen.add(rule.getBefore() + '\u0000' + rule.getAfter())) flat.add(rule);
        }
      }
      if (!document.cascade()) break;
    }
    SRXDocument one = new SRXDocument();
    one.addLanguageRule("flat", flat);
    one.addLanguageMap(new LanguageMap(".*", "flat"));
    one.setCascade(false);
    one.setSegmentSubFlows(document.segmentSubFlows());
    one.setIncludeStartCodes(document.includeStartCodes());
    one.setIncludeEndCodes(document.includeEndCodes());
    one.setIncludeIsolatedCodes(document.includeIsolatedCodes());
    one.setOneSegmentIncludesAll(document.oneSegmentIncludesAll());
    one.setTrimLeadingWhitespaces(document.trimLeadingWhitespaces());
    one.setTrimTrailingWhitespaces(document.trimTrailingWhitespaces());
    one.setTreatIsolatedCodesAsWhitespace(document.treatIsolatedCodesAsWhitespace());
    one.setUseICU4JBreakRules(document.useIcu4JBreakRules());
    one.setMaskRule(document.getMaskRule());
    return one.compileLanguageRules(locale, null);
  }

  /** Where the rules come from, for messages. */
  public String origin() {
    return origin;
  }

  private static String firstLine(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getMessage() == null) cause = cause.getCause();
    String message = String.valueOf(cause.getMessage());
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
