package org.transdesk.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The fingerprint of a source text (CONTRACT.md): lowercase hex SHA-256 of the UTF-8 bytes of the
 * neutral form, NFC-normalized, runs of white space collapsed to one space, trimmed.
 */
public final class Fingerprint {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Fingerprint() {}

  public static String of(String neutral) {
    String normalized = WHITESPACE.matcher(Normalizer.normalize(neutral, Normalizer.Form.NFC)).replaceAll(" ").strip();
    return sha256(normalized);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
