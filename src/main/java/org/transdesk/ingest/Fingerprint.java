package org.transdesk.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The contract's fingerprint of a neutral source: lowercase hex SHA-256 of its UTF-8 bytes after
 * Unicode NFC, runs of whitespace collapsed to one space, trimmed. Also hashes raw bytes.
 * "Whitespace" is Java's {@code \s} (space, tab, line breaks): a no-break space is content, not
 * spacing. {@code check.Fingerprint} computes the same value (a test holds them together).
 */
public final class Fingerprint {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Fingerprint() {}

  public static String of(String neutralSource) {
    return sha256(normalize(neutralSource).getBytes(StandardCharsets.UTF_8));
  }

  public static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
