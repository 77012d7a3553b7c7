package dev.hashvet.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.rules.evidence.Evidence;
import dev.hashvet.rules.evidence.TagSpan;
import dev.hashvet.rules.evidence.TextSpan;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.Fingerprint;
import dev.hashvet.vet.VetResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, GitLab, Azure DevOps): one result per
 * finding, located at the calendar file and the row's line, with the column span of the matched
 * text where the file says where it is (CSV); a check's results at its --file (or {@value
 * #TEXT_URI} for text given inline or on stdin) with the span's line and columns; the rules in
 * force with their help in {@code tool.driver.rules}; levels block → error, review → warning,
 * info → note. Accepted findings (allow list, a row's ignore column, baseline) are results with a
 * {@code suppressions} entry; with a baseline,
 * {@code baselineState} tells new findings from accepted ones. Bad rows and rows that could not be
 * vetted are error results of the {@code hashvet.bad-row} and {@code hashvet.could-not-vet} rules,
 * so they show in the same place. {@code partialFingerprints} carry the finding's
 * {@link Fingerprint}, so alerts follow a row when lines move. Written as the rows arrive.
 */
public final class SarifReport implements RunWriter {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String BAD_ROW = "hashvet.bad-row";
  static final String NOT_VETTED = "hashvet.could-not-vet";
  static final String FINGERPRINT_KEY = "hashvetFinding/v1";
  /** Where a check of text given inline or on standard input is: it has no file. */
  static final String TEXT_URI = "hashvet://text";

  private final PrintWriter out;
  private final ObjectMapper mapper = new ObjectMapper(JsonEscapes.apply(new JsonFactory()));
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private JsonGenerator gen;
  private RunInfo info;

  public SarifReport(PrintWriter out) {
    this.out = out;
  }

  /** The SARIF level for a severity. */
  static String level(Severity s) {
    return switch (s) {
      case BLOCK -> "error";
      case REVIEW -> "warning";
      case INFO -> "note";
    };
  }

  @Override
  public void begin(RunInfo info) {
    this.info = info;
    try {
      gen = mapper.getFactory().createGenerator(out);
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.useDefaultPrettyPrinter();
      gen.writeStartObject();
      gen.writeStringField("$schema", SCHEMA);
      gen.writeStringField("version", "2.1.0");
      gen.writeArrayFieldStart("runs");
      gen.writeStartObject();
      gen.writeObjectFieldStart("tool");
      gen.writeObjectFieldStart("driver");
      gen.writeStringField("name", "hashvet");
      if (!info.version().isEmpty()) {
        gen.writeStringField("version", info.version());
      }
      gen.writeArrayFieldStart("rules");
      for (RuleInfo r : info.rules()) {
        rule(r.id(), r.category().title(), r.why(), help(r), level(r.severity()),
            List.of("brand-safety", r.category().id()), r.category().id());
      }
      rule(BAD_ROW, "A calendar row that could not be read",
          "The row could not be vetted as written; nothing was checked for it.",
          "Fix the row as the message says (a missing text or publish_at, a date, zone or region"
              + " code that cannot be read, or a CSV quoting error) and run again.",
          "error", List.of("input"), "input");
      rule(NOT_VETTED, "A row that could not be vetted",
          "Live context was required and no source answered, so the row has no verdict.",
          "Run again when the sources answer, or use --sample FILE (a recorded context) or"
              + " --offline (text, tag, date and region rules only).",
          "error", List.of("context"), "context");
      gen.writeEndArray();
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeStringField("columnKind", "utf16CodeUnits");
      gen.writeArrayFieldStart("results");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rule(String id, String title, String why, String help, String level,
      List<String> tags, String category) throws IOException {
    ruleIndex.put(id, ruleIndex.size());
    gen.writeStartObject();
    gen.writeStringField("id", id);
    gen.writeStringField("name", name(id));
    gen.writeObjectFieldStart("shortDescription");
    gen.writeStringField("text", title);
    gen.writeEndObject();
    gen.writeObjectFieldStart("fullDescription");
    gen.writeStringField("text", why.isBlank() ? title : why);
    gen.writeEndObject();
    gen.writeObjectFieldStart("help");
    gen.writeStringField("text", help);
    gen.writeStringField("markdown", helpMarkdown(help));
    gen.writeEndObject();
    gen.writeObjectFieldStart("defaultConfiguration");
    gen.writeStringField("level", level);
    gen.writeEndObject();
    gen.writeObjectFieldStart("properties");
    gen.writeArrayFieldStart("tags");
    for (String t : tags) {
      gen.writeString(t);
    }
    gen.writeEndArray();
    gen.writeStringField("category", category);
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static String help(RuleInfo r) {
    StringBuilder sb = new StringBuilder(r.why().isBlank() ? r.category().title() : r.why());
    if (!r.flags().isEmpty()) {
      sb.append("\nFlags, for example: ").append(String.join(" | ", r.flags()));
    }
    if (!r.passes().isEmpty()) {
      sb.append("\nPasses, for example: ").append(String.join(" | ", r.passes()));
    }
    sb.append("\nTo accept a reviewed finding, add an allow entry (rule, tag, term or row, reason)"
        + " to .hashvet.yml, or record it in a baseline with --write-baseline.");
    return sb.toString();
  }

  private static String helpMarkdown(String help) {
    StringBuilder sb = new StringBuilder();
    for (String line : help.split("\n")) {
      sb.append(Escape.md(line)).append("\n\n");
    }
    return sb.toString().strip();
  }

  /** "context.legal-proceedings" as a SARIF rule name: "ContextLegalProceedings". */
  private static String name(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  @Override
  public void row(Run.Row row) {
    VetResult r = row.result();
    try {
      if (!r.vetted()) {
        result(NOT_VETTED, "error", "Could not vet this row: no live source answered ("
            + String.join("; ", r.notes()) + ").", row, Optional.empty(), Optional.empty(), null);
        return;
      }
      for (Finding f : r.findings()) {
        result(f.rule(), level(f.severity()), f.message(), row, Optional.of(f),
            region(f, row), null);
      }
      for (Allowed a : r.allowed()) {
        result(a.finding().rule(), level(a.finding().severity()), a.finding().message(), row,
            Optional.of(a.finding()), region(a.finding(), row), a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void result(String rule, String level, String message, Run.Row row,
      Optional<Finding> finding, Optional<Origin.Region> region, Allowed accepted)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("ruleId", rule);
    Integer index = ruleIndex.get(rule);
    if (index != null) {
      gen.writeNumberField("ruleIndex", index);
    }
    gen.writeStringField("level", level);
    gen.writeObjectFieldStart("message");
    gen.writeStringField("text", message.isBlank() ? rule : message);
    gen.writeEndObject();
    location(row.file(), row.origin().line() > 0 ? row.origin().line() : row.line(), region,
        row.id());
    if (finding.isPresent()) {
      gen.writeObjectFieldStart("partialFingerprints");
      gen.writeStringField(FINGERPRINT_KEY, Fingerprint.of(finding.get(), row.result().input()));
      gen.writeEndObject();
      if (info.baseline()) {
        gen.writeStringField("baselineState",
            accepted != null && accepted.baseline() ? "unchanged" : "new");
      }
      if (accepted != null) {
        gen.writeArrayFieldStart("suppressions");
        gen.writeStartObject();
        gen.writeStringField("kind", "external");
        gen.writeStringField("status", "accepted");
        gen.writeStringField("justification", accepted.reason() + " (" + accepted.where() + ")");
        gen.writeEndObject();
        gen.writeEndArray();
      }
    }
    gen.writeObjectFieldStart("properties");
    gen.writeStringField("row", row.id());
    gen.writeStringField("verdict", row.result().verdict().name());
    gen.writeStringField("publishAt", row.result().input().at().toOffsetDateTime().toString());
    gen.writeArrayFieldStart("regions");
    for (String reg : row.result().input().regions()) {
      gen.writeString(reg);
    }
    gen.writeEndArray();
    if (finding.isPresent()) {
      gen.writeStringField("category", finding.get().category().id());
      gen.writeStringField("severity", finding.get().severity().id());
      gen.writeStringField("why", finding.get().why());
      gen.writeObjectFieldStart("evidence");
      finding.get().writeEvidence(new JsonFields(gen));
      gen.writeEndObject();
      gen.writeObjectFieldStart("garm");
      gen.writeStringField("category", finding.get().garm().category().id());
      gen.writeStringField("tier", finding.get().garm().tier().id());
      gen.writeEndObject();
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /**
   * The result's place: the file (a relative path against {@code %SRCROOT%}), or for a check of
   * text given inline or on standard input the pseudo-URI {@link #TEXT_URI}; the span's region
   * where known, else the row's line.
   */
  private void location(String file, int line, Optional<Origin.Region> region, String id)
      throws IOException {
    gen.writeArrayFieldStart("locations");
    gen.writeStartObject();
    gen.writeObjectFieldStart("physicalLocation");
    gen.writeObjectFieldStart("artifactLocation");
    Path p = Path.of(file);
    if (file.isEmpty()) {
      gen.writeStringField("uri", TEXT_URI);
      gen.writeObjectFieldStart("description");
      gen.writeStringField("text", "the text given to hashvet check (inline or on stdin)");
      gen.writeEndObject();
    } else if (p.isAbsolute()) {
      gen.writeStringField("uri", p.toUri().toString());
    } else {
      gen.writeStringField("uri", relativeUri(file));
      gen.writeStringField("uriBaseId", "%SRCROOT%");
    }
    gen.writeEndObject();
    gen.writeObjectFieldStart("region");
    if (region.isPresent()) {
      Origin.Region r = region.get();
      gen.writeNumberField("startLine", r.startLine());
      gen.writeNumberField("startColumn", r.startColumn());
      gen.writeNumberField("endLine", r.endLine());
      gen.writeNumberField("endColumn", r.endColumn());
    } else {
      gen.writeNumberField("startLine", Math.max(1, line));
    }
    gen.writeEndObject();
    gen.writeEndObject();
    if (!id.isEmpty()) {
      gen.writeArrayFieldStart("logicalLocations");
      gen.writeStartObject();
      gen.writeStringField("name", id);
      gen.writeStringField("kind", "element");
      gen.writeEndObject();
      gen.writeEndArray();
    }
    gen.writeEndObject();
    gen.writeEndArray();
  }

  /** A relative path as a URI reference: forward slashes, unsafe characters percent-encoded. */
  static String relativeUri(String file) {
    String path = file.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  /**
   * Where the finding's match is in the file: the text span for a text match, the tag with its
   * '#' for a tag match. The rules report spans in the folded text, so the span is looked for in
   * the text as written (ignoring case) nearest to where the rule saw it.
   */
  static Optional<Origin.Region> region(Finding f, Run.Row row) {
    String text = row.result().input().text();
    int start = -1;
    int end = -1;
    Optional<Evidence> placed = f.evidence().place();
    if (placed.isPresent() && placed.get() instanceof TextSpan t && !t.span().isEmpty()) {
      start = nearest(text, t.span(), t.start());
      end = start < 0 ? -1 : start + t.span().length();
    } else if (placed.isPresent() && placed.get() instanceof TagSpan t) {
      for (String mark : List.of("#", "＃")) {
        start = nearest(text, mark + t.tag(), 0);
        if (start >= 0) {
          end = start + mark.length() + t.tag().length();
          break;
        }
      }
    }
    if (start < 0) {
      return Optional.empty();
    }
    return row.origin().region(text, start, end);
  }

  private static int nearest(String text, String span, int hint) {
    int best = -1;
    for (int i = 0; i + span.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, span, 0, span.length())
          && (best < 0 || Math.abs(i - hint) < Math.abs(best - hint))) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public void error(Run.RowError e) {
    try {
      gen.writeStartObject();
      gen.writeStringField("ruleId", BAD_ROW);
      gen.writeNumberField("ruleIndex", ruleIndex.get(BAD_ROW));
      gen.writeStringField("level", "error");
      gen.writeObjectFieldStart("message");
      gen.writeStringField("text", "This row could not be read: " + e.message());
      gen.writeEndObject();
      location(e.file(), e.line(), Optional.empty(), e.id());
      gen.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public void end(RunSummary summary) {
    try {
      gen.writeEndArray();
      gen.writeArrayFieldStart("invocations");
      gen.writeStartObject();
      gen.writeBooleanField("executionSuccessful", summary.errors() == 0
          && summary.notVetted() == 0);
      gen.writeNumberField("exitCode", summary.exitCode());
      gen.writeArrayFieldStart("toolExecutionNotifications");
      for (String n : summary.notes()) {
        gen.writeStartObject();
        gen.writeStringField("level", "note");
        gen.writeObjectFieldStart("message");
        gen.writeStringField("text", n);
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeObjectFieldStart("properties");
      gen.writeStringField("context", info.mode().toLowerCase(Locale.ROOT));
      gen.writeStringField("failOn", info.failOn().id());
      gen.writeObjectFieldStart("summary");
      gen.writeNumberField("rows", summary.rows());
      gen.writeNumberField("pass", summary.pass());
      gen.writeNumberField("review", summary.review());
      gen.writeNumberField("block", summary.block());
      gen.writeNumberField("errors", summary.errors());
      gen.writeNumberField("baselined", summary.baselined());
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeEndObject();
      gen.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
