package dev.hashvet.vet;

import dev.hashvet.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A stable id for one finding on one row, for baselines and code-scanning tools: the rule, the row
 * (its id, or its text when it has none) and what was matched (tag, term, span, date...). It leaves
 * out what moves between runs (the line, shares of sampled posts, example posts), so a finding
 * keeps its fingerprint when rows are added above it or the live sample changes, and gets a new one
 * when the row's risky words change.
 */
public final class Fingerprint {
  /** Evidence keys that say what was matched (in this order). */
  private static final List<String> ANCHORS =
      List.of("tag", "term", "span", "kind", "reads_as", "date", "observance", "event");

  private Fingerprint() {}

  /** 16 hex digits (64 bits of SHA-256). */
  public static String of(Finding f, Submission s) {
    StringBuilder sb = new StringBuilder("hashvet-finding/1\u0000");
    sb.append(f.rule()).append('\u0000');
    sb.append(rowKey(s)).append('\u0000');
    for (String key : ANCHORS) {
      f.evidence().value(key)
          .ifPresent(v -> sb.append(key).append('=').append(v).append('\u0000'));
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The row id, or the text with spacing and case evened out when the row has no id. */
  static String rowKey(Submission s) {
    if (!s.row().isBlank()) {
      return "row:" + s.row().strip();
    }
    return "text:" + s.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
