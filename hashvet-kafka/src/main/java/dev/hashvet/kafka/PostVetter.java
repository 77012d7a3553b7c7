package dev.hashvet.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.HashvetException;
import dev.hashvet.calendar.BadRow;
import dev.hashvet.calendar.CalendarFormat;
import dev.hashvet.calendar.CalendarReader;
import dev.hashvet.calendar.CalendarRow;
import dev.hashvet.calendar.Entry;
import dev.hashvet.calendar.RawRow;
import dev.hashvet.calendar.RowParser;
import dev.hashvet.config.Codes;
import dev.hashvet.config.Config;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.fetch.ContextProvider;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.fetch.SampleContextProvider;
import dev.hashvet.fetch.SampleFile;
import dev.hashvet.report.JsonReport;
import dev.hashvet.report.Run;
import dev.hashvet.vet.DateTimes;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Hashvet;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.VetResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the topology needs of the core: a scheduled post's row read and checked as the calendar
 * command reads a JSON row, its tags folded as the context queries fold them, and the row vetted
 * with the context samples its tags have, written as the calendar's JSON result. Loaded once per
 * application (the pipeline is the slow part) and shared by every stream thread.
 */
public final class PostVetter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Pipeline pipeline;
  private final Config config;
  private final RowParser parser;
  private final FailOn failOn;
  private final Clock clock;
  private final JsonReport report = new JsonReport();

  public PostVetter(Pipeline pipeline, Config config, RowParser parser, FailOn failOn,
      Clock clock) {
    this.pipeline = pipeline;
    this.config = config;
    this.parser = parser;
    this.failOn = failOn;
    this.clock = clock;
  }

  /** The vetter the settings describe: their config, its rules, defaults for rows. */
  public static PostVetter of(Settings s, Clock clock) {
    Config config = s.config().map(p -> new ConfigLoader().read(p)).orElse(Config.DEFAULT);
    List<String> regions = s.regions().isEmpty() ? config.regions()
        : Codes.regions(List.of(s.regions()), "hashvet.regions");
    List<String> languages = s.languages().isEmpty() ? config.languages()
        : Codes.languages(List.of(s.languages()), "hashvet.languages");
    Optional<ZoneId> zone = s.zone().isEmpty() ? Optional.empty()
        : Optional.of(DateTimes.zone(s.zone(), "hashvet.zone"));
    FailOn failOn = config.failOn().map(f -> FailOn.parse(f, "fail_on")).orElse(FailOn.BLOCK);
    return new PostVetter(Pipeline.load(config.ruleDirs()), config,
        new RowParser(regions, languages, zone), failOn, clock);
  }

  /**
   * The row of a scheduled post: {@code value} is one calendar row as a JSON object ({@code
   * text}, {@code publish_at}, optional {@code timezone}, {@code regions}, {@code languages}, any
   * other columns); the record's key is the row's id.
   *
   * @throws HashvetException (bad input) naming every problem of the row
   */
  public CalendarRow parse(String id, String value, String topic, long offset) {
    JsonNode node;
    try {
      node = JSON.readTree(value);
    } catch (JsonProcessingException e) {
      throw HashvetException.input("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw HashvetException.input("a scheduled post is a JSON object (a calendar row with text"
          + " and publish_at)");
    }
    ((ObjectNode) node).put("id", id);
    byte[] array = ("[" + node + "]").getBytes(StandardCharsets.UTF_8);
    Entry entry;
    try (CalendarReader reader =
        CalendarFormat.JSON.reader(topic, new ByteArrayInputStream(array))) {
      entry = reader.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (entry instanceof BadRow bad) {
      throw HashvetException.input(bad.message());
    }
    RawRow raw = (RawRow) entry;
    CalendarRow row = parser.parse(raw);
    int line = (int) Math.min(Integer.MAX_VALUE, Math.max(0, offset));
    return new CalendarRow(topic, line, row.id(), row.submission(), row.columns(), row.origin());
  }

  /** The row's tags, folded as the context queries fold them, without repeats, in order. */
  public List<String> tags(CalendarRow row) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    pipeline.text().tags(row.submission().text()).forEach(t -> out.add(fold(t.tag())));
    return new ArrayList<>(out);
  }

  /** A tag as the context-events key names it ("#Aurora" or "aurora"), folded. */
  public String fold(String tag) {
    String t = tag.strip();
    return pipeline.text().read(t.startsWith("#") ? t.substring(1) : t).folded();
  }

  /** Checks a context event's sample; bad input names the problem. */
  public void checkSample(String tag, String sample) {
    new SampleFile().read("context-events #" + tag, sample);
  }

  /** Vets the row with {@code samples} (folded tag to sample-file text) as its context. */
  public VetResult vet(CalendarRow row, Map<String, String> samples) {
    try (Hashvet hashvet = Hashvet.builder()
        .config(config)
        .pipeline(pipeline)
        .clock(clock)
        .context(new StoredContext(samples))
        .build()) {
      return hashvet.vet(row.submission());
    }
  }

  /** The calendar's JSON result for the row, as a tree to add the change to. */
  public ObjectNode result(CalendarRow row, VetResult result) {
    String json = report.row(
        new Run.Row(row.file(), row.line(), row.id(), result, row.columns(), row.origin()),
        failOn);
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each tag's latest sample from context-events; a tag without one has no context yet. */
  private record StoredContext(Map<String, String> samples) implements ContextProvider {
    @Override
    public FetchedContext fetch(dev.hashvet.fetch.Query query) {
      String text = samples.get(query.tag());
      if (text == null) {
        return new FetchedContext(List.of(), List.of(), LiveSignals.NONE, List.of());
      }
      String label = "context-events #" + query.tag();
      return new SampleContextProvider(new SampleFile().read(label, text), label).fetch(query);
    }
  }
}
