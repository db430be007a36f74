package org.transdesk;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The UTF-16 byte order marks that Windows editors and Excel's "Unicode Text" put before a text file. */
public final class ByteOrderMark {
  private ByteOrderMark() {}

  /** UTF-16LE or UTF-16BE when the bytes start with that byte order mark (which the text then begins with); null otherwise. */
  public static Charset utf16(byte[] bytes) {
    if (bytes.length < 2) return null;
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    if (first == 0xFF && second == 0xFE) return StandardCharsets.UTF_16LE;
    if (first == 0xFE && second == 0xFF) return StandardCharsets.UTF_16BE;
    return null;
  }
}
