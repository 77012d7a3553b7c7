package dev.hashvet.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.fetch.LiveSignals;
import dev.hashvet.fetch.SourceReport;
import dev.hashvet.rules.Finding;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.ContextSummary;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The contract's JSON ({@code "schema": "hashvet/1"}): one object for check, one object with
 * {@code results}, {@code errors} and {@code summary} for calendar. Keys are only ever added.
 */
public final class JsonReport {
  public static final String SCHEMA = "hashvet/1";

  private final ObjectMapper mapper =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void write(Run run, PrintWriter out) {
    JsonNode node = run.kind().equals("check") && run.rows().size() == 1 && run.errors().isEmpty()
        ? check(run.rows().get(0), run)
        : calendar(run);
    try {
      out.println(mapper.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }

  ObjectNode check(Run.Row row, Run run) {
    ObjectNode o = mapper.createObjectNode();
    o.put("schema", SCHEMA);
    fill(o, row.result(), run);
    return o;
  }

  private void fill(ObjectNode o, VetResult r, Run run) {
    o.put("verdict", r.verdict().name());
    o.put("exit_code", r.exitCode(run.failOn()));
    o.put("vetted", r.vetted());
    ObjectNode in = o.putObject("input");
    in.put("text", r.input().text());
    ArrayNode tags = in.putArray("tags");
    r.tags().forEach(tags::add);
    in.put("at", r.input().at().toOffsetDateTime().toString());
    ArrayNode regions = in.putArray("regions");
    r.input().regions().forEach(regions::add);
    ArrayNode langs = in.putArray("languages");
    r.input().languages().forEach(langs::add);
    ArrayNode findings = o.putArray("findings");
    r.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode allowed = o.putArray("allowed");
    for (Allowed a : r.allowed()) {
      ObjectNode f = finding(a.finding());
      f.put("allowed_because", a.reason());
      f.put("allowed_at", a.where());
      allowed.add(f);
    }
    o.set("context", context(r.context()));
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
  }

  ObjectNode finding(Finding f) {
    ObjectNode o = mapper.createObjectNode();
    o.put("rule", f.rule());
    o.put("category", f.category().id());
    o.put("severity", f.severity().id());
    o.put("message", f.message());
    o.put("why", f.why());
    o.set("evidence", mapper.valueToTree(f.evidence()));
    return o;
  }

  private ObjectNode context(ContextSummary c) {
    ObjectNode o = mapper.createObjectNode();
    o.put("required", c.required());
    o.put("mode", c.mode());
    ArrayNode sources = o.putArray("sources");
    for (SourceReport s : c.sources()) {
      ObjectNode so = sources.addObject();
      so.put("id", s.id());
      so.put("status", s.status().id());
      so.put("posts", s.posts());
      so.put("detail", s.detail());
    }
    o.put("posts", c.posts());
    ArrayNode terms = o.putArray("top_terms");
    c.topTerms().forEach(terms::add);
    ArrayNode tags = o.putArray("top_tags");
    c.topTags().forEach(tags::add);
    ObjectNode tones = o.putObject("tones");
    c.tones().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> tones.put(e.getKey(), e.getValue()));
    o.put("mood", c.mood());
    LiveSignals s = c.signals();
    if (!s.history().isEmpty() || !s.trending().isEmpty() || !s.headlines().isEmpty()
        || !s.events().isEmpty()) {
      o.set("signals", mapper.valueToTree(Map.of(
          "history", s.history().stream().map(d -> Map.of("day", d.day().toString(),
              "uses", d.uses(), "accounts", d.accounts())).toList(),
          "trending", s.trending(),
          "headlines", s.headlines(),
          "events", s.events())));
    }
    return o;
  }

  private JsonNode calendar(Run run) {
    ObjectNode o = mapper.createObjectNode();
    o.put("schema", SCHEMA);
    ArrayNode results = o.putArray("results");
    int pass = 0;
    int review = 0;
    int block = 0;
    for (Run.Row row : run.rows()) {
      ObjectNode r = results.addObject();
      r.put("file", row.file());
      r.put("line", row.line());
      r.put("id", row.id());
      fill(r, row.result(), run);
      r.set("columns", mapper.valueToTree(row.columns()));
      switch (row.result().verdict()) {
        case PASS -> pass++;
        case REVIEW -> review++;
        case BLOCK -> block++;
      }
    }
    ArrayNode errors = o.putArray("errors");
    for (Run.RowError e : run.errors()) {
      ObjectNode eo = errors.addObject();
      eo.put("file", e.file());
      eo.put("line", e.line());
      eo.put("message", e.message());
    }
    ObjectNode summary = o.putObject("summary");
    summary.put("rows", run.rows().size() + run.errors().size());
    summary.put("pass", pass);
    summary.put("review", review);
    summary.put("block", block);
    summary.put("errors", run.errors().size());
    summary.put("exit_code", run.exitCode());
    return o;
  }
}
