package org.transdesk.imports;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints an import as text: one line per listed unit or finding ({@code file:line: unit N: ...}),
 * then one summary line per file. A refused file prints nothing here: its reason goes to stderr.
 */
public final class ImportText {
  private static final int QUOTE = 100;

  private ImportText() {}

  public static void print(FileReport report, PrintWriter out) {
    for (Listed l : report.listed()) out.println(line(report.file(), l));
    String summary = summary(report);
    if (summary != null) out.println(summary);
    out.flush();
  }

  static String line(String file, Listed l) {
    String at = file + ":" + l.line() + ": unit " + l.unitId() + ": ";
    if (l.note() != null) return at + "the translator left a note: " + l.note().strip().replaceAll("\\s+", " ");
    if (l.finding() != null) {
      CheckFinding f = l.finding();
      return at + f.severity() + " " + f.rule() + ": " + f.message();
    }
    StringBuilder s = new StringBuilder(at).append(l.outcome().label());
    if (!l.reason().isEmpty()) s.append(": ").append(l.reason());
    if (l.storedSource() != null && l.storedSource().equals(l.source())) {
      // a dropped segment: the desk has no other source to show
      s.append(" (source \"").append(quote(l.source())).append("\")");
    } else if (l.storedSource() != null) {
      String[] quoted = Neutral.clipApart(Neutral.plain(l.source()), Neutral.plain(l.storedSource()), QUOTE);
      s.append(" (returned \"").append(quoted[0]).append("\"; stored \"").append(quoted[1]).append("\")");
    }
    return s.toString();
  }

  static String summary(FileReport r) {
    return switch (r.status()) {
      case "already-imported" -> r.file() + ": already imported as " + r.earlier()
          + (r.tally().heldBack() == 0 ? "" : ", which held back " + heldBack(r.tally())) + "; nothing changed";
      case "refused" -> r.tally().units() == 0 ? null : r.file() + ": refused, nothing written; without --strict it would be: " + counts(r.tally());
      case "dry-run" -> r.file() + ": dry run, nothing written" + into(r) + ": " + counts(r.tally());
      default -> r.file() + ": " + r.status() + " as import #" + r.importId() + into(r) + ": " + counts(r.tally());
    };
  }

  /** "2 units (1 stale, 1 invalid)": the held-back outcomes that occurred. */
  private static String heldBack(Tally t) {
    return t.heldBack() + (t.heldBack() == 1 ? " unit (" : " units (") + t.heldBackParts() + ")";
  }

  private static String into(FileReport r) {
    if (r.document() == null) return "";
    return " into " + r.document() + (r.lang() == null ? "" : " (" + r.lang() + ")");
  }

  /** "3 applied, 1 unchanged, 2 empty (1 source copy), …; 2 findings (1 error, 1 warning)". */
  static String counts(Tally t) {
    List<String> parts = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      String part = t.count(o) + " " + o.label();
      if (o == Outcome.EMPTY && t.copies() > 0) part += " (" + t.copies() + " source cop" + (t.copies() == 1 ? "y" : "ies") + ")";
      if (o == Outcome.APPLIED && t.identical() > 0) part += " (" + t.identical() + " identical to the source, names or numbers only)";
      parts.add(part);
    }
    String line = String.join(", ", parts);
    if (t.findings() == 0) return line + "; no findings";
    List<String> severities = new ArrayList<>();
    if (t.errors() > 0) severities.add(t.errors() + " error" + (t.errors() == 1 ? "" : "s"));
    if (t.warnings() > 0) severities.add(t.warnings() + " warning" + (t.warnings() == 1 ? "" : "s"));
    if (t.infos() > 0) severities.add(t.infos() + " info");
    return line + "; " + t.findings() + " finding" + (t.findings() == 1 ? "" : "s") + " (" + String.join(", ", severities) + ")";
  }

  private static String quote(String neutral) {
    return Neutral.clip(Neutral.plain(neutral), QUOTE);
  }
}
