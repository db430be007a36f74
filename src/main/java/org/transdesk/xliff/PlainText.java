package org.transdesk.xliff;

/** The text of a neutral string without its inline codes, unescaped: for notes, which hold no markup. */
public final class PlainText implements NeutralForm.Sink {
  private final StringBuilder text = new StringBuilder();

  public static String of(String neutral) {
    PlainText plain = new PlainText();
    NeutralForm.parse(neutral, plain, new char[neutral.length()]);
    return plain.text.toString();
  }

  @Override public void text(char[] chars, int start, int length) { text.append(chars, start, length); }

  @Override public void placeholder(String id) {}

  @Override public void pairedStart(String id) {}

  @Override public void pairedEnd(String id) {}

  @Override public void isolatedStart(String id) {}

  @Override public void isolatedEnd(String id) {}
}
