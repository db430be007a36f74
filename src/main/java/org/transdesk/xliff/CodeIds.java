package org.transdesk.xliff;

import java.util.HashSet;
import java.util.Set;

/** The ids of the inline codes a neutral string uses. */
final class CodeIds implements NeutralForm.Sink {
  private final Set<String> ids = new HashSet<>();

  static Set<String> of(String neutral) {
    CodeIds codes = new CodeIds();
    if (neutral.indexOf('<') >= 0) NeutralForm.parse(neutral, codes, new char[neutral.length()]);
    return codes.ids;
  }

  @Override public void text(char[] chars, int start, int length) {}

  @Override public void placeholder(String id) { ids.add(id); }

  @Override public void pairedStart(String id) { ids.add(id); }

  @Override public void pairedEnd(String id) {}

  @Override public void isolatedStart(String id) { ids.add(id); }

  @Override public void isolatedEnd(String id) { ids.add(id); }
}
