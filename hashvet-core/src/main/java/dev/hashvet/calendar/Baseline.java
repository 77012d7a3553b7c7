package dev.hashvet.calendar;

import dev.hashvet.InputFiles;
import dev.hashvet.OutputFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.HashvetException;
import dev.hashvet.YamlDoc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The baseline file: findings a team has reviewed and accepted, so that a CI run fails only on
 * new ones. JSON, one entry per accepted finding:
 *
 * <pre>
 * {"hashvet_baseline": 1, "written_at": "2026-11-23T12:00:00Z",
 *  "entries": [{"fingerprint": "9f3c0e6a1b2d4c5e", "rule": "combo.named-disaster-promotion",
 *               "severity": "block", "file": "plan.csv", "line": 12, "row": "q4-012",
 *               "tag": "", "term": "sale", "message": "...",
 *               "reason": "optional, added by hand", "expires": "2027-01-31"}]}
 * </pre>
 *
 * Only {@code fingerprint} decides a match (see {@link dev.hashvet.vet.Fingerprint}: rule, row id
 * or text, and what was matched; not the line); the other fields are there for people reading the
 * file and reviewing its diffs. {@code reason} and {@code expires} may be added by hand: an expired
 * entry stops applying and the report says so. Unknown keys are errors naming file and line.
 */
public final class Baseline {
  static final int VERSION = 1;
  private static final Set<String> TOP_KEYS = Set.of("hashvet_baseline", "written_at", "entries");
  private static final Set<String> ENTRY_KEYS = Set.of("fingerprint", "rule", "severity", "file",
      "line", "row", "tag", "term", "message", "reason", "expires");

  /**
   * One accepted finding.
   *
   * @param fingerprint the finding's fingerprint
   * @param rule the rule id
   * @param severity the severity when accepted
   * @param file the calendar file of the row
   * @param line the row's line when accepted
   * @param row the row id, or ""
   * @param tag the tag matched, or ""
   * @param term the term or span matched, or ""
   * @param message the finding's message when accepted
   * @param reason why it was accepted, or ""
   * @param expires the last day it applies, if any
   * @param where "file:line" of the entry in the baseline file ("" for a new entry)
   */
  public record Entry(
      String fingerprint,
      String rule,
      String severity,
      String file,
      int line,
      String row,
      String tag,
      String term,
      String message,
      String reason,
      Optional<LocalDate> expires,
      String where) {

    public boolean expiredOn(LocalDate today) {
      return expires.map(today::isAfter).orElse(false);
    }

    Entry keeping(Entry old, LocalDate today) {
      boolean keep = !old.expiredOn(today);
      return new Entry(fingerprint, rule, severity, file, line, row, tag, term, message,
          old.reason, keep ? old.expires : Optional.empty(), where);
    }
  }

  private final String label;
  private final Map<String, Entry> entries;

  private Baseline(String label, Map<String, Entry> entries) {
    this.label = label;
    this.entries = entries;
  }

  /** A baseline with no entries (for --write-baseline without --baseline). */
  public static Baseline empty(String label) {
    return new Baseline(label, new LinkedHashMap<>());
  }

  /** Reads the baseline at {@code file}, called {@code label} in messages. */
  public static Baseline read(Path file, String label) {
    if (!Files.exists(file)) {
      throw HashvetException.input("--baseline: no such file: " + label,
          "create one with --write-baseline " + label);
    }
    byte[] bytes = InputFiles.read(file, "--baseline " + label, InputFiles.SMALL);
    YamlDoc doc = YamlDoc.parse(label, bytes);
    JsonNode root = doc.root();
    if (!root.isObject() || !root.has("hashvet_baseline")) {
      throw doc.error("", "not a hashvet baseline (no 'hashvet_baseline' key); write one with"
          + " --write-baseline");
    }
    doc.checkKeys("", TOP_KEYS);
    if (root.get("hashvet_baseline").asInt() != VERSION) {
      throw doc.error("/hashvet_baseline", "baseline version "
          + root.get("hashvet_baseline").asText() + " is not supported (this hashvet reads "
          + VERSION + ")");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonNode list = root.path("entries");
    if (!list.isMissingNode() && !list.isArray()) {
      throw doc.error("/entries", "entries must be a list");
    }
    for (int i = 0; i < list.size(); i++) {
      String p = "/entries/" + i;
      JsonNode e = list.get(i);
      if (!e.isObject()) {
        throw doc.error(p, "an entry must be an object with a fingerprint");
      }
      doc.checkKeys(p, ENTRY_KEYS);
      String fp = e.path("fingerprint").asText("");
      if (!fp.matches("[0-9a-f]{16}")) {
        throw doc.error(p, "an entry needs a 'fingerprint' of 16 hex digits, not '" + fp + "'");
      }
      Optional<LocalDate> expires = Optional.empty();
      if (e.hasNonNull("expires") && !e.get("expires").asText().isBlank()) {
        try {
          expires = Optional.of(LocalDate.parse(e.get("expires").asText()));
        } catch (DateTimeParseException ex) {
          throw doc.error(p + "/expires", "expires must be a date like 2027-06-30");
        }
      }
      entries.put(fp, new Entry(fp, e.path("rule").asText(""), e.path("severity").asText(""),
          e.path("file").asText(""), e.path("line").asInt(0), e.path("row").asText(""),
          e.path("tag").asText(""), e.path("term").asText(""), e.path("message").asText(""),
          e.path("reason").asText(""), expires, doc.where(p)));
    }
    return new Baseline(label, entries);
  }

  public String label() {
    return label;
  }

  public int size() {
    return entries.size();
  }

  public Optional<Entry> find(String fingerprint) {
    return Optional.ofNullable(entries.get(fingerprint));
  }

  /** Entries in this baseline's order. */
  public List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  /**
   * Writes {@code entries} (sorted by file, line, rule, so diffs stay small) to {@code file}. An
   * entry of this baseline with the same fingerprint keeps its reason and its expiry date unless
   * that date has passed.
   */
  public void write(Path file, String label, List<Entry> current, Instant now, LocalDate today) {
    List<Entry> out = new ArrayList<>();
    Map<String, Entry> seen = new LinkedHashMap<>();
    for (Entry e : current) {
      Entry old = entries.get(e.fingerprint());
      seen.putIfAbsent(e.fingerprint(), old == null ? e : e.keeping(old, today));
    }
    out.addAll(seen.values());
    out.sort(Comparator.comparing(Entry::file).thenComparingInt(Entry::line)
        .thenComparing(Entry::rule).thenComparing(Entry::fingerprint));
    ObjectMapper mapper = new ObjectMapper();
    OutputFiles.write(file, "--write-baseline " + label, List.of(), w -> {
        try (JsonGenerator g = mapper.getFactory().createGenerator(w)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("hashvet_baseline", VERSION);
        g.writeStringField("written_at", now.toString());
        g.writeArrayFieldStart("entries");
        for (Entry e : out) {
          g.writeStartObject();
          g.writeStringField("fingerprint", e.fingerprint());
          g.writeStringField("rule", e.rule());
          g.writeStringField("severity", e.severity());
          g.writeStringField("file", e.file());
          g.writeNumberField("line", e.line());
          g.writeStringField("row", e.row());
          g.writeStringField("tag", e.tag());
          g.writeStringField("term", e.term());
          g.writeStringField("message", e.message());
          if (!e.reason().isEmpty()) {
            g.writeStringField("reason", e.reason());
          }
          if (e.expires().isPresent()) {
            g.writeStringField("expires", e.expires().get().toString());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        }
    });
  }
}
