package org.transdesk.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transdesk.DeskException;

/**
 * One XLIFF 2 unit as it is read: its notes, data, segments and inline codes, and the processing
 * requirements that span the unit (XLIFF 2.1 §4.7 inline codes, §4.8 annotations, §4.3.1 ids and
 * references). Reused from unit to unit; a unit without codes allocates almost nothing.
 */
final class Unit20 {
  private static final String[] PH = {"canCopy", "canDelete", "canReorder", "copyOf", "disp", "equiv", "id", "dataRef",
      "subFlows", "subType", "type"};
  private static final String[] PC = {"canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dispEnd",
      "dispStart", "equivEnd", "equivStart", "id", "dataRefEnd", "dataRefStart", "subFlowsEnd", "subFlowsStart",
      "subType", "type", "dir"};
  private static final String[] SC = {"canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir",
      "disp", "equiv", "id", "isolated", "subFlows", "subType", "type"};
  private static final String[] EC = {"canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir",
      "disp", "equiv", "id", "isolated", "startRef", "subFlows", "subType", "type"};
  private static final String[] MRK = {"id", "translate", "type", "ref", "value"};
  private static final String[] EM = {"startRef"};
  /** Fragment identifier prefixes of the core (§4.6) and the registered modules and extensions. */
  private static final Set<String> MODULE_PREFIXES = Set.of("ctr", "gls", "mtc", "mda", "res", "slr", "val", "its",
      "tbx", "pgs", "fs");

  /** An inline code or marker. kind: h ph, p pc, q end of pc, s sc, e ec, m mrk, a sm, z em. */
  private static final class Code {
    char kind;
    String id;
    boolean isolated;
    String canCopy;
    String canDelete;
    String canOverlap;
    String canReorder;
    boolean closed;
  }

  /** One side (all sources or all targets) of the unit. */
  private static final class Side {
    final Map<String, Code> ids = new HashMap<>();
    final Map<String, Code> starts = new HashMap<>();
    final Map<String, Code> openMarkers = new LinkedHashMap<>();
    int openStarts;

    void clear() {
      if (!ids.isEmpty()) ids.clear();
      if (!starts.isEmpty()) starts.clear();
      if (!openMarkers.isEmpty()) openMarkers.clear();
      openStarts = 0;
    }
  }

  private static final class Part {
    String id;
    String state;
    String subState;
    boolean ignorable;
    int order;
    String source;
    String target;
    List<Code> sourceCodes = List.of();
    List<Code> targetCodes = List.of();
  }

  private final XmlInput in;
  private final InlineText inline;
  private final Side source = new Side();
  private final Side target = new Side();
  private final Set<String> partIds = new HashSet<>();
  private final Set<String> dataIds = new HashSet<>();
  private final Set<String> noteIds = new HashSet<>();
  private final List<Part> parts = new ArrayList<>();
  private final List<String[]> copies = new ArrayList<>(); // {copyOf, side}
  private final List<Code> pcs = new ArrayList<>();
  private List<String> notes = List.of();
  private List<String> subFlows = List.of();
  private String fileId;
  private String unitId;
  private Part current;
  private boolean inTarget;
  private boolean reorder;

  Unit20(XmlInput in, InlineText inline) {
    this.in = in;
    this.inline = inline;
  }

  void start(String fileId, String unitId) {
    this.fileId = fileId;
    this.unitId = unitId;
    source.clear();
    target.clear();
    if (!partIds.isEmpty()) partIds.clear();
    if (!dataIds.isEmpty()) dataIds.clear();
    if (!noteIds.isEmpty()) noteIds.clear();
    parts.clear();
    copies.clear();
    notes = List.of();
    subFlows = List.of();
    reorder = false;
    inline.newUnit();
  }

  /** A note of the unit; text null for one transdesk's export wrote, which only a comment may point to. */
  void note(String id, String text) {
    if (text != null) {
      if (notes.isEmpty()) notes = new ArrayList<>(2);
      notes.add(text);
    }
    if (id != null) noteIds.add(id);
  }

  boolean data(String id) {
    return dataIds.add(id);
  }

  List<String> subFlows() {
    return subFlows;
  }

  void part(String id, String state, String subState, boolean ignorable) {
    if (id != null && !partIds.add(id)) {
      throw in.refuse("id '%s' is used by two segments or ignorables of unit '%s'; give each its own id", id, unitId);
    }
    Part p = new Part();
    p.id = id;
    p.state = state;
    p.subState = subState;
    p.ignorable = ignorable;
    parts.add(p);
    current = p;
  }

  void order(int order) {
    current.order = order;
  }

  void startContent(boolean isTarget) {
    inTarget = isTarget;
    pcs.clear();
  }

  void endContent(String raw) {
    if (inTarget) current.target = raw;
    else current.source = raw;
  }

  private Side side() {
    return inTarget ? target : source;
  }

  private void marker(Code code) {
    if (inTarget) {
      if (current.targetCodes.isEmpty()) current.targetCodes = new ArrayList<>(4);
      current.targetCodes.add(code);
    } else {
      if (current.sourceCodes.isEmpty()) current.sourceCodes = new ArrayList<>(4);
      current.sourceCodes.add(code);
    }
  }

  /** Checks and records the inline element the reader is on. */
  void code(char kind, Xliff20Reader x) {
    Code code = new Code();
    code.kind = kind;
    Side side = side();
    String element = switch (kind) {
      case 'h' -> "ph";
      case 'p' -> "pc";
      case 's' -> "sc";
      case 'e' -> "ec";
      case 'm' -> "mrk";
      case 'a' -> "sm";
      default -> "em";
    };
    switch (kind) {
      case 'h' -> x.attributes(element, PH, Xliff20Reader.Foreign.MODULES);
      case 'p' -> x.attributes(element, PC, Xliff20Reader.Foreign.MODULES);
      case 's' -> x.attributes(element, SC, Xliff20Reader.Foreign.MODULES);
      case 'e' -> x.attributes(element, EC, Xliff20Reader.Foreign.MODULES);
      case 'm', 'a' -> x.attributes(element, MRK, Xliff20Reader.Foreign.ANY);
      default -> x.attributes(element, EM, Xliff20Reader.Foreign.NONE);
    }
    if (kind == 'z') {
      String startRef = x.required("em", "startRef");
      x.nmtoken("startRef", startRef);
      if (!side.openMarkers.containsKey(startRef)) {
        throw in.refuse("<em startRef=\"%s\"> has no <sm id=\"%s\"> before it in the unit; add the start marker or"
            + " remove this one", startRef, startRef);
      }
      side.openMarkers.remove(startRef);
      return;
    }
    for (String ref : new String[] {"dataRef", "dataRefStart", "dataRefEnd"}) {
      String value = in.attr(ref);
      if (value != null && !dataIds.contains(value)) {
        throw in.refuse("%s=\"%s\" names no <data> in the <originalData> of unit '%s'; add it or fix the reference", ref,
            value, unitId);
      }
    }
    String isolated = in.attr("isolated");
    x.yesNo("isolated", isolated);
    code.isolated = "yes".equals(isolated);
    String id = in.attr("id");
    if (kind == 'e') {
      String startRef = in.attr("startRef");
      if (code.isolated) {
        if (startRef != null) {
          throw in.refuse("<ec isolated=\"yes\"> with startRef; an isolated end code names itself with id instead");
        }
        if (id == null) throw in.refuse("<ec isolated=\"yes\"> without id; XLIFF 2 requires it");
      } else {
        if (id != null) {
          throw in.refuse("<ec id=\"%s\"> without isolated=\"yes\"; an end code either refers to its <sc> with"
              + " startRef or is isolated with an id", id);
        }
        if (startRef == null) throw in.refuse("<ec> without startRef; name its <sc> or mark it isolated=\"yes\" with an id");
        x.nmtoken("startRef", startRef);
        Code start = side.starts.get(startRef);
        if (start == null) {
          throw in.refuse("<ec startRef=\"%s\"> has no <sc id=\"%s\"> before it in the unit; add the start code or"
              + " make this one isolated", startRef, startRef);
        }
        if (start.isolated) {
          throw in.refuse("<ec startRef=\"%s\"> closes an <sc> marked isolated=\"yes\"; drop isolated on the <sc>", startRef);
        }
        if (start.closed) throw in.refuse("<sc id=\"%s\"> is closed twice; remove one <ec>", startRef);
        start.closed = true;
        side.openStarts--;
        code.id = startRef;
      }
    } else {
      if (id == null) throw in.refuse("<%s> without id; XLIFF 2 requires it", element);
    }
    if (id != null) {
      x.nmtoken("id", id);
      if ((partIds.contains(id) || side.ids.putIfAbsent(id, code) != null)) {
        throw in.refuse("id '%s' is used twice in the %s of unit '%s'; inline ids must be unique", id,
            inTarget ? "target" : "source", unitId);
      }
      code.id = id;
    }
    if (kind == 'm' || kind == 'a') {
      annotation(x, element, kind);
      return;
    }
    if (kind == 's') {
      if (!code.isolated) {
        side.starts.put(id, code);
        side.openStarts++;
      } else {
        side.starts.put(id, code);
        code.closed = true;
      }
    }
    codeAttributes(x, element, code, side);
    if (kind == 'p') pcs.add(code);
    marker(code);
  }

  /** The end of the innermost open pc, as a marker of its own for the reordering rules. */
  void pcEnd() {
    Code start = pcs.remove(pcs.size() - 1);
    Code end = new Code();
    end.kind = 'q';
    end.id = start.id;
    end.canReorder = "firstNo".equals(start.canReorder) ? "no" : start.canReorder;
    end.canCopy = start.canCopy;
    end.canDelete = start.canDelete;
    marker(end);
  }

  private void codeAttributes(Xliff20Reader x, String element, Code code, Side side) {
    code.canCopy = yesNo(x, "canCopy");
    code.canDelete = yesNo(x, "canDelete");
    code.canOverlap = yesNo(x, "canOverlap");
    String canReorder = in.attr("canReorder");
    if (canReorder != null && !canReorder.equals("yes") && !canReorder.equals("no") && !canReorder.equals("firstNo")) {
      throw in.refuse("canReorder=\"%s\"; use yes, firstNo or no", canReorder);
    }
    code.canReorder = canReorder == null ? "yes" : canReorder;
    if (!code.canReorder.equals("yes")) {
      reorder = true;
      // XLIFF 2.1 §4.7.5.1: a code that cannot be reordered can be neither copied nor deleted.
      if (!code.canCopy.equals("no") || !code.canDelete.equals("no")) {
        throw in.refuse("<%s id=\"%s\"> has canReorder=\"%s\" but not canCopy=\"no\" and canDelete=\"no\"; add both",
            element, code.id, code.canReorder);
      }
    }
    if (code.kind == 'e' && !code.isolated) {
      Code start = side.starts.get(code.id);
      String expected = start.canReorder.equals("firstNo") ? "no" : start.canReorder;
      if (!start.canCopy.equals(code.canCopy) || !start.canDelete.equals(code.canDelete)
          || !start.canOverlap.equals(code.canOverlap) || !expected.equals(code.canReorder)) {
        throw in.refuse("<ec startRef=\"%s\"> differs from its <sc> in canCopy, canDelete, canOverlap or canReorder;"
            + " give both ends the same values", code.id);
      }
    }
    String copyOf = in.attr("copyOf");
    if (copyOf != null) {
      x.nmtoken("copyOf", copyOf);
      if (in.attr("dataRef") != null || in.attr("dataRefStart") != null || in.attr("dataRefEnd") != null) {
        throw in.refuse("<%s id=\"%s\"> has both copyOf and a dataRef; a copy takes its data from the original", element,
            code.id);
      }
      copies.add(new String[] {copyOf, code.id});
    }
    for (String flows : new String[] {"subFlows", "subFlowsStart", "subFlowsEnd"}) {
      String value = in.attr(flows);
      if (value == null) continue;
      for (String flow : value.strip().split("\\s+")) {
        if (!Xliff20Reader.isNmtoken(flow)) {
          throw in.refuse("%s=\"%s\" must list unit ids separated by spaces; '%s' is not an id", flows, value, flow);
        }
        if (subFlows.isEmpty()) subFlows = new ArrayList<>(2);
        subFlows.add(flow);
      }
    }
    x.dir("dir", in.attr("dir"));
    typeAndSubType(x, element);
  }

  private String yesNo(Xliff20Reader x, String attribute) {
    String value = in.attr(attribute);
    x.yesNo(attribute, value);
    return value == null ? "yes" : value;
  }

  /** XLIFF 2.1 §4.3.1.43 type and §4.3.1.41 subType, with the reserved xlf: subtypes. */
  private void typeAndSubType(Xliff20Reader x, String element) {
    String type = in.attr("type");
    String subType = in.attr("subType");
    if (type != null && !type.equals("fmt") && !type.equals("ui") && !type.equals("quote") && !type.equals("link")
        && !type.equals("image") && !type.equals("other")) {
      throw in.refuse("type=\"%s\" on <%s>; use fmt, ui, quote, link, image or other", type, element);
    }
    if (subType == null) return;
    if (type == null) throw in.refuse("subType=\"%s\" on <%s> without type; add the type", subType, element);
    x.userDefined("subType", subType);
    if (subType.startsWith("xlf:")) {
      String needed = switch (subType) {
        case "xlf:lb", "xlf:pb", "xlf:b", "xlf:i", "xlf:u" -> "fmt";
        case "xlf:var" -> "ui";
        default -> null;
      };
      if (needed == null) throw in.refuse("subType=\"%s\" is not an xlf: subtype; use lb, pb, b, i, u or var", subType);
      if (!needed.equals(type)) {
        throw in.refuse("subType=\"%s\" requires type=\"%s\", not \"%s\"", subType, needed, type);
      }
    }
  }

  /** mrk and sm: XLIFF 2.1 §4.7.2.4 and the comment annotation §4.8.1.2. */
  private void annotation(Xliff20Reader x, String element, char kind) {
    x.yesNo("translate", in.attr("translate"));
    String type = in.attr("type");
    if (type != null && !type.equals("generic") && !type.equals("comment") && !type.equals("term")) {
      x.userDefined("type", type);
    }
    String ref = in.attr("ref");
    String value = in.attr("value");
    if ("comment".equals(type)) {
      if ((ref == null) == (value == null)) {
        throw in.refuse("<%s type=\"comment\"> needs exactly one of value (the comment) and ref (a note of the unit)",
            element);
      }
      if (ref != null) commentReference(ref);
      // XLIFF 2.1 §4.8.1.2: a comment's value is the comment, a note the translator left on the text.
      if (value != null && !notes.contains(value)) note(null, value);
    } else if (ref != null && ref.startsWith("#")) {
      fragment(ref);
    }
    if (kind == 'a') side().openMarkers.put(in.attr("id"), null);
  }

  /** A comment's ref must point to a note of this unit: #n=id, or #/f=file/u=unit/n=id. */
  private void commentReference(String ref) {
    String[][] steps = ref.startsWith("#") ? fragment(ref) : null;
    String[] leaf = steps == null || steps.length == 0 ? null : steps[steps.length - 1];
    boolean ok = leaf != null && "n".equals(leaf[0]) && noteIds.contains(leaf[1]);
    for (int i = 0; ok && i < steps.length - 1; i++) {
      String prefix = steps[i][0];
      ok = prefix.equals("f") && steps[i][1].equals(fileId) || prefix.equals("u") && steps[i][1].equals(unitId);
      if (prefix.equals("f") && (i + 1 >= steps.length - 1 || !steps[i + 1][0].equals("u"))) ok = false;
    }
    if (!ok) {
      throw in.refuse("comment ref=\"%s\" does not point to a <note> of unit '%s'; write ref=\"#n=<note id>\"", ref,
          unitId);
    }
  }

  /**
   * Parses a fragment identifier (XLIFF 2.1 §4.6): selectors {@code prefix=id} or {@code id}, f before g
   * before u, one leaf at most and last, each prefix once, known prefixes only. Returns
   * {prefix, id} pairs (prefix "" for a bare id).
   */
  private String[][] fragment(String ref) {
    String body = ref.substring(1);
    boolean absolute = body.startsWith("/");
    if (absolute) body = body.substring(1);
    if (absolute && !body.startsWith("f=")) throw badFragment(ref, "an absolute reference must start with f=");
    String[] parts = body.split("/", -1);
    String[][] steps = new String[parts.length][];
    Set<String> seen = new HashSet<>();
    int rank = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int eq = part.indexOf('=');
      String prefix = eq < 0 ? "" : part.substring(0, eq);
      String id = eq < 0 ? part : part.substring(eq + 1);
      if (id.isEmpty() || prefix.isEmpty() && eq >= 0) throw badFragment(ref, "an empty selector");
      if (!prefix.isEmpty() && !Xliff20Reader.isNmtoken(prefix) || prefix.contains(":")) {
        throw badFragment(ref, "the prefix '" + prefix + "' is not a name");
      }
      int r = switch (prefix) {
        case "f" -> 1;
        case "g" -> 2;
        case "u" -> 3;
        case "n", "d", "t", "" -> 4;
        default -> {
          if (prefix.length() == 1) throw badFragment(ref, "the one-letter prefix '" + prefix + "' is reserved");
          if (!MODULE_PREFIXES.contains(prefix)) throw badFragment(ref, "the prefix '" + prefix + "' is not registered");
          yield 4;
        }
      };
      if (rank == 4) throw badFragment(ref, "more than one final selector, or one that is not last");
      if (!seen.add(prefix)) throw badFragment(ref, "a selector used twice");
      if (r <= rank) throw badFragment(ref, "selectors out of order");
      rank = r;
      steps[i] = new String[] {prefix, id};
    }
    return steps;
  }

  private DeskException badFragment(String ref, String what) {
    return in.refuse("ref=\"%s\" is not a valid XLIFF fragment identifier (%s); write e.g. #/f=file/u=unit/id", ref,
        what);
  }

  /** The checks that need the whole unit. */
  void check() {
    for (Side side : new Side[] {source, target}) {
      if (side.openStarts > 0) {
        for (Map.Entry<String, Code> e : side.starts.entrySet()) {
          if (!e.getValue().closed) {
            throw in.refuse("<sc id=\"%s\"> in unit '%s' has no <ec startRef=\"%s\">; add the end code or mark the"
                + " start isolated=\"yes\"", e.getKey(), unitId, e.getKey());
          }
        }
      }
      if (!side.openMarkers.isEmpty()) {
        String id = side.openMarkers.keySet().iterator().next();
        throw in.refuse("<sm id=\"%s\"> in unit '%s' has no <em startRef=\"%s\">; add the end marker", id, unitId, id);
      }
    }
    for (String[] copy : copies) {
      Code base = source.ids.get(copy[0]);
      if (base == null) base = target.ids.get(copy[0]);
      if (base == null || base.kind == 'm' || base.kind == 'a') {
        throw in.refuse("copyOf=\"%s\" on code '%s' names no code of unit '%s'; fix the reference", copy[0], copy[1],
            unitId);
      }
      if ("no".equals(base.canCopy)) {
        throw in.refuse("code '%s' is a copy of code '%s', which has canCopy=\"no\"; remove the copy", copy[1], copy[0]);
      }
    }
    int n = parts.size();
    boolean anyTarget = false;
    boolean[] used = new boolean[n + 1];
    for (int i = 0; i < n; i++) {
      Part p = parts.get(i);
      if (p.target != null) anyTarget = true;
      int order = p.order == 0 ? i + 1 : p.order;
      if (order > n) {
        throw in.refuse("order=\"%d\" in unit '%s', which has only %d segments and ignorables; fix the order", order,
            unitId, n);
      }
      if (used[order]) {
        throw in.refuse("two targets of unit '%s' take position %d (order); give each its own position", unitId, order);
      }
      used[order] = true;
    }
    if (anyTarget) nonRemovable();
    if (reorder) reordering(anyTarget);
  }

  /** XLIFF 2.1 §4.7.5.2: a code with canDelete="no" must be in a target when its segment has one. */
  private void nonRemovable() {
    for (Part p : parts) {
      if (p.target == null) continue;
      for (Code code : p.sourceCodes) {
        if (code.kind == 'q' || code.kind == 'e' && !code.isolated || !"no".equals(code.canDelete)) continue;
        if (!target.ids.containsKey(code.id)) {
          throw in.refuse("code '%s' of unit '%s' has canDelete=\"no\" but is missing from the target; put it back",
              code.id, unitId);
        }
      }
    }
  }

  /** XLIFF 2.1 §4.7.5.1: sequences started by canReorder="firstNo" stay whole and in order in the target. */
  private void reordering(boolean anyTarget) {
    List<Code> codes = new ArrayList<>();
    for (Part p : parts) codes.addAll(p.sourceCodes);
    List<List<String>> sequences = new ArrayList<>();
    Code previous = null;
    for (Code code : codes) {
      if (code.canReorder.equals("no")) {
        if (previous == null || previous.canReorder.equals("yes")) {
          throw in.refuse("code '%s' of unit '%s' has canReorder=\"no\" without a canReorder=\"firstNo\" code before"
              + " it; mark the first code of the sequence firstNo", code.id, unitId);
        }
        sequences.get(sequences.size() - 1).add(key(code));
      } else if (code.canReorder.equals("firstNo")) {
        List<String> sequence = new ArrayList<>();
        sequence.add(key(code));
        sequences.add(sequence);
      }
      previous = code;
    }
    if (!anyTarget) return;
    Part[] ordered = new Part[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      ordered[(p.order == 0 ? i + 1 : p.order) - 1] = p;
    }
    List<String> targetKeys = new ArrayList<>();
    for (Part p : ordered) for (Code code : p.targetCodes) targetKeys.add(key(code));
    for (List<String> sequence : sequences) {
      int start = targetKeys.indexOf(sequence.get(0));
      if (start < 0) continue;
      boolean whole = start + sequence.size() <= targetKeys.size()
          && targetKeys.subList(start, start + sequence.size()).equals(sequence);
      if (!whole) {
        throw in.refuse("the target of unit '%s' breaks up or reorders codes that cannot be reordered (canReorder,"
            + " starting at code '%s'); keep them together in their source order", unitId, sequence.get(0).substring(1));
      }
    }
  }

  private static String key(Code code) {
    return code.kind + code.id;
  }

  /** Joins the unit's segments and ignorables into one unit. */
  XliffUnit toUnit(XliffFile file, int line, boolean translatable, String fingerprint, Integer rev, boolean prefill) {
    if (parts.size() == 1) {
      Part p = parts.get(0);
      return new XliffUnit(file, unitId, line, inline.pair(p.source), p.target == null ? null : inline.pair(p.target),
          p.state, null, p.subState, false, translatable, fingerprint, rev, prefill, notes, inline.renamedIds(), inline.lineBreaks());
    }
    StringBuilder joinedSource = new StringBuilder();
    boolean anyTarget = false;
    Part least = null;
    for (Part p : parts) {
      joinedSource.append(p.source);
      if (p.target != null) anyTarget = true;
      if (!p.ignorable && (least == null || rank(p) < rank(least))) least = p;
    }
    String joinedTarget = null;
    if (anyTarget) {
      Part[] ordered = new Part[parts.size()];
      for (int i = 0; i < parts.size(); i++) {
        Part p = parts.get(i);
        ordered[(p.order == 0 ? i + 1 : p.order) - 1] = p;
      }
      joinedTarget = inline.pair(joinTargets(ordered));
    }
    // A segment that says no state is initial (the spec's default); said outright when it has no target, so that
    // a unit translated in part does not read as translated.
    String state = least == null ? null
        : least.state == null && (least.target == null || least.target.isBlank()) && joinedTarget != null ? "initial" : least.state;
    return new XliffUnit(file, unitId, line, inline.pair(joinedSource.toString()), joinedTarget,
        state, null, least == null ? null : least.subState, false, translatable,
        fingerprint, rev, prefill, notes, inline.renamedIds(), inline.lineBreaks(), anyTarget ? partial() : null);
  }

  /**
   * The targets in their order, with the white space the source has between two segments (at the
   * end of one, in an ignorable, or at the start of the next) where the target has none: tools and
   * CAT editors drop a segment's trailing space, and "onayladı" + "2025" must not become one word.
   * Scripts written without spaces (Chinese, Japanese, Thai…) get none.
   */
  private static String joinTargets(Part[] ordered) {
    StringBuilder joined = new StringBuilder();
    String owed = "";
    for (Part p : ordered) {
      String piece = p.target != null ? p.target : p.ignorable ? p.source : "";
      String gap = owed.isEmpty() ? leadingSpace(p.source) : owed;
      if (!gap.isEmpty() && !piece.isEmpty() && joined.length() > 0 && !isSpace(joined.codePointBefore(joined.length()))
          && !isSpace(piece.codePointAt(0)) && spaced(joined.codePointBefore(joined.length())) && spaced(piece.codePointAt(0))) {
        joined.append(gap);
      }
      joined.append(piece);
      String trailing = trailingSpace(p.source);
      if (!piece.isEmpty() || !trailing.isEmpty()) owed = trailing;
    }
    return joined.toString();
  }

  private static String leadingSpace(String text) {
    int i = 0;
    while (i < text.length() && isSpace(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
    return i == text.length() ? "" : text.substring(0, i);
  }

  private static String trailingSpace(String text) {
    int i = text.length();
    while (i > 0 && isSpace(text.codePointBefore(i))) i -= Character.charCount(text.codePointBefore(i));
    return text.substring(i);
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether the character's script puts spaces between words and sentences. */
  private static boolean spaced(int c) {
    return switch (Character.UnicodeScript.of(c)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
      default -> true;
    };
  }

  /**
   * The translated segments of a unit some of whose segments have no target (or a blank one), in
   * source order; null when every segment has one.
   */
  private XliffUnit.Partial partial() {
    int segments = 0;
    int untranslated = 0;
    StringBuilder translatedSource = new StringBuilder();
    StringBuilder translatedTarget = new StringBuilder();
    boolean keep = true; // an ignorable's white space goes with the segment before it
    for (Part p : parts) {
      if (p.ignorable) {
        if (keep) {
          translatedSource.append(p.source);
          translatedTarget.append(p.target != null ? p.target : p.source);
        }
        continue;
      }
      segments++;
      keep = XliffUnit.Partial.translated(p.source, p.target);
      if (!keep) {
        untranslated++;
        continue;
      }
      translatedSource.append(p.source);
      translatedTarget.append(p.target);
    }
    if (untranslated == 0 || untranslated == segments) return null;
    return new XliffUnit.Partial(untranslated, segments, inline.pair(translatedSource.toString()),
        inline.pair(translatedTarget.toString()));
  }

  /**
   * How far a segment is: one without a target (or a blank one) least, whatever its state says, so
   * that a unit translated in part reads as unfinished whichever of its segments comes first.
   */
  private static int rank(Part p) {
    return p.target == null || p.target.isBlank() ? -1 : rank(p.state);
  }

  /** Segments without a state count as initial, the spec's default. */
  private static int rank(String state) {
    if (state == null) return 0;
    return switch (state) {
      case "translated" -> 1;
      case "reviewed" -> 2;
      case "final" -> 3;
      default -> 0;
    };
  }
}
