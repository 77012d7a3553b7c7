package dev.hashvet.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.SourceReport;
import dev.hashvet.rules.Finding;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.ContextSummary;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Fingerprint;
import dev.hashvet.vet.VetResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contract's JSON ({@code "schema": "hashvet/1"}): one object for check, one object with
 * {@code results}, {@code errors} and {@code summary} for calendar. Keys are only ever added. Every
 * finding carries its {@link Fingerprint}, the id that baselines and allow entries can name.
 * Written straight to Jackson's generator (no tree per row), so a calendar streams.
 */
public final class JsonReport {
  public static final String SCHEMA = "hashvet/1";

  private final ObjectMapper mapper = new ObjectMapper(JsonEscapes.apply(new JsonFactory()))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  public void write(Run run, PrintWriter out) {
    if (!(run.kind().equals("check") && run.rows().size() == 1 && run.errors().isEmpty())) {
      writer(out).write(run, RunInfo.of(run, ""));
      return;
    }
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = generator(sw)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      fill(g, run.rows().get(0).result(), run.failOn());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(sw);
    out.flush();
  }

  /**
   * The calendar object written as the rows arrive: {@code results} streams, the (few) bad rows
   * are kept for {@code errors}, and {@code summary} comes last.
   */
  public RunWriter writer(PrintWriter out) {
    return new Streaming(out);
  }

  private JsonGenerator generator(java.io.Writer w) throws IOException {
    JsonGenerator g = mapper.getFactory().createGenerator(w);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    return g;
  }

  /**
   * One calendar result on one line: the object a calendar's {@code results} holds for {@code
   * row} (the Kafka application's verdict messages).
   */
  public String row(Run.Row row, FailOn failOn) {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = mapper.getFactory().createGenerator(sw)) {
      // Compact, also inside the values the mapper writes (it would indent a bare generator).
      g.setPrettyPrinter(new MinimalPrettyPrinter());
      writeRow(g, row, failOn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  private void writeRow(JsonGenerator g, Run.Row row, FailOn failOn) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", row.file());
    g.writeNumberField("line", row.line());
    g.writeStringField("id", row.id());
    fill(g, row.result(), failOn);
    g.writeObjectFieldStart("columns");
    for (Map.Entry<String, String> c : row.columns().entrySet()) {
      g.writeStringField(c.getKey(), c.getValue());
    }
    g.writeEndObject();
    strings(g, "stale_ignores", row.staleIgnores());
    g.writeEndObject();
  }

  /** The fields of one result, inside an object already started. */
  private void fill(JsonGenerator g, VetResult r, FailOn failOn) throws IOException {
    g.writeStringField("verdict", r.verdict().name());
    g.writeNumberField("exit_code", r.exitCode(failOn));
    g.writeBooleanField("vetted", r.vetted());
    g.writeObjectFieldStart("input");
    g.writeStringField("text", r.input().text());
    strings(g, "tags", r.tags());
    g.writeStringField("at", r.input().at().toOffsetDateTime().toString());
    strings(g, "regions", r.input().regions());
    strings(g, "languages", r.input().languages());
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeStartObject();
      finding(g, f);
      g.writeStringField("fingerprint", Fingerprint.of(f, r.input()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("allowed");
    for (Allowed a : r.allowed()) {
      g.writeStartObject();
      finding(g, a.finding());
      g.writeStringField("fingerprint", Fingerprint.of(a.finding(), r.input()));
      g.writeStringField("allowed_because", a.reason());
      g.writeStringField("allowed_at", a.where());
      g.writeBooleanField("baselined", a.baseline());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("context");
    context(g, r.context());
    strings(g, "notes", r.notes());
  }

  private void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStringField("rule", f.rule());
    g.writeStringField("category", f.category().id());
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("message", f.message());
    g.writeStringField("why", f.why());
    g.writeObjectFieldStart("evidence");
    f.writeEvidence(new JsonFields(g));
    g.writeEndObject();
    g.writeObjectFieldStart("garm");
    g.writeStringField("category", f.garm().category().id());
    g.writeStringField("tier", f.garm().tier().id());
    g.writeEndObject();
  }

  private void context(JsonGenerator g, ContextSummary c) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("required", c.required());
    g.writeStringField("mode", c.mode());
    g.writeArrayFieldStart("sources");
    for (SourceReport s : c.sources()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("status", s.status().contractId());
      g.writeNumberField("posts", s.posts());
      g.writeStringField("detail", s.contractDetail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("posts", c.posts());
    strings(g, "top_terms", c.topTerms());
    strings(g, "top_tags", c.topTags());
    g.writeObjectFieldStart("tones");
    for (Map.Entry<String, Double> e : c.tones().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeStringField("mood", c.mood());
    LiveSignals s = c.signals();
    if (!s.history().isEmpty() || !s.trending().isEmpty() || !s.headlines().isEmpty()
        || !s.events().isEmpty()) {
      g.writeObjectFieldStart("signals");
      g.writeArrayFieldStart("history");
      for (LiveSignals.DailyUse d : s.history()) {
        g.writeStartObject();
        g.writeStringField("day", d.day().toString());
        g.writeNumberField("uses", d.uses());
        g.writeNumberField("accounts", d.accounts());
        g.writeEndObject();
      }
      g.writeEndArray();
      strings(g, "trending", s.trending());
      g.writeFieldName("headlines");
      mapper.writeValue(g, s.headlines());
      g.writeFieldName("events");
      mapper.writeValue(g, s.events());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Streams the calendar object with Jackson's generator. */
  private final class Streaming implements RunWriter {
    private final PrintWriter out;
    private final List<Run.RowError> errors = new ArrayList<>();
    private JsonGenerator gen;
    private FailOn failOn = FailOn.BLOCK;

    Streaming(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void begin(RunInfo info) {
      failOn = info.failOn();
      try {
        gen = generator(out);
        gen.writeStartObject();
        gen.writeStringField("schema", SCHEMA);
        gen.writeArrayFieldStart("results");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void row(Run.Row row) {
      try {
        writeRow(gen, row, failOn);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void error(Run.RowError error) {
      errors.add(error);
    }

    @Override
    public void end(RunSummary summary) {
      try {
        gen.writeEndArray();
        gen.writeArrayFieldStart("errors");
        for (Run.RowError e : errors) {
          gen.writeStartObject();
          gen.writeStringField("file", e.file());
          gen.writeNumberField("line", e.line());
          gen.writeStringField("id", e.id());
          gen.writeStringField("message", e.message());
          gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeObjectFieldStart("summary");
        gen.writeNumberField("rows", summary.rows());
        gen.writeNumberField("pass", summary.pass());
        gen.writeNumberField("review", summary.review());
        gen.writeNumberField("block", summary.block());
        gen.writeNumberField("errors", summary.errors());
        gen.writeNumberField("not_vetted", summary.notVetted());
        gen.writeNumberField("allowed", summary.allowed());
        gen.writeNumberField("baselined", summary.baselined());
        gen.writeNumberField("exit_code", summary.exitCode());
        strings(gen, "notes", summary.notes());
        gen.writeEndObject();
        gen.writeEndObject();
        gen.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println();
      out.flush();
    }
  }
}
