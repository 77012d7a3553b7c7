package dev.hashvet.fetch.news;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.fetch.Query;
import dev.hashvet.fetch.Source;
import dev.hashvet.fetch.SourceResult;
import dev.hashvet.fetch.SourceSetup;
import dev.hashvet.fetch.http.Deadline;
import dev.hashvet.fetch.http.HttpAnswer;
import dev.hashvet.fetch.http.HttpGateway;
import dev.hashvet.fetch.http.SourceFailure;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * News headlines about the query's words from the GDELT DOC 2.0 API over the last three days,
 * newest first. GDELT asks for at most one request every 5 seconds: all requests of this source go
 * through one pacer, and a query whose turn would come after its deadline gives up at once
 * ("rate limited until ..."). GDELT's refusals come as plain text, sometimes under HTTP 200; they
 * are read as such, never parsed as an empty result.
 */
public final class GdeltSource implements Source {
  public static final String ID = "news";
  public static final String DEFAULT_URL = "https://api.gdeltproject.org";
  public static final Duration INTERVAL = Duration.ofSeconds(5);
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 250;
  static final String TIMESPAN = "3d";
  private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final String baseUrl;
  private final int limit;
  private final HttpGateway http;
  private final ObjectMapper json = SourceSetup.json();

  public GdeltSource(SourceSetup setup) {
    this.baseUrl = setup.url(DEFAULT_URL);
    this.limit = setup.limit(DEFAULT_LIMIT, MAX_LIMIT);
    this.http = setup.http().paced(INTERVAL);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> urls() {
    return List.of(baseUrl);
  }

  @Override
  public String limits() {
    return "up to " + limit + " headlines from the last " + TIMESPAN.replace("d", " days")
        + ", one request every " + INTERVAL.toSeconds() + " s";
  }

  @Override
  public SourceResult fetch(Query query, Deadline deadline) {
    String terms = searchTerms(query);
    if (terms.isEmpty()) {
      return SourceResult.skipped("no words to search the news for");
    }
    HttpUrl url = HttpUrl.get(baseUrl).newBuilder()
        .addPathSegments("api/v2/doc/doc")
        .addQueryParameter("query", terms)
        .addQueryParameter("mode", "artlist")
        .addQueryParameter("format", "json")
        .addQueryParameter("maxrecords", Integer.toString(limit))
        .addQueryParameter("timespan", TIMESPAN)
        .addQueryParameter("sort", "datedesc")
        .build();
    try {
      HttpAnswer answer = http.get(new Request.Builder().url(url).build(), deadline);
      if (isRateLimitText(answer)) {
        throw SourceFailure.unavailable(
            "rate limited (GDELT allows one request every " + INTERVAL.toSeconds() + " s)");
      }
      if (!answer.isSuccessful()) {
        throw http.refusal(answer);
      }
      if (!answer.isJson() && !answer.isHtml() && !answer.reason().isEmpty()) {
        // GDELT answers a query it cannot run with a sentence in plain text.
        throw SourceFailure.unavailable("GDELT refused the query: " + answer.reason());
      }
      GdeltArticles found = answer.json(json, GdeltArticles.class);
      List<LiveSignals.Headline> headlines = new ArrayList<>();
      if (found.articles() != null) {
        for (GdeltArticles.Article a : found.articles()) {
          if (a != null && a.title() != null && !a.title().isBlank() && headlines.size() < limit) {
            headlines.add(new LiveSignals.Headline(a.title().strip(), nz(a.url()),
                nz(a.domain()), seenAt(a.seendate())));
          }
        }
      }
      LiveSignals signals = new LiveSignals(List.of(), List.of(), headlines, List.of());
      String detail = headlines.size() + " headlines about " + terms + " in the last "
          + TIMESPAN.replace("d", " days");
      return SourceResult.answered(List.of(), signals, detail, List.of());
    } catch (SourceFailure f) {
      return SourceResult.failed(f);
    }
  }

  /** The words as a phrase ({@code "not guilty"}), or the tag when there are no words. */
  static String searchTerms(Query query) {
    List<String> words = query.words().stream().filter(w -> !w.isBlank()).toList();
    if (words.isEmpty()) {
      return query.tag();
    }
    return words.size() == 1 ? words.get(0) : "\"" + String.join(" ", words) + "\"";
  }

  private static boolean isRateLimitText(HttpAnswer answer) {
    if (answer.isJson() || answer.body().size() > 4096) {
      return false;
    }
    String t = answer.text().strip().toLowerCase(Locale.ROOT);
    return t.startsWith("please limit requests") || t.contains("limit requests to one every");
  }

  /** 20260914T183000Z as 2026-09-14T18:30:00Z; anything else as given. */
  static String seenAt(String s) {
    if (s == null) {
      return "";
    }
    try {
      return LocalDateTime.parse(s.strip(), SEEN).toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeParseException e) {
      return s.strip();
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
