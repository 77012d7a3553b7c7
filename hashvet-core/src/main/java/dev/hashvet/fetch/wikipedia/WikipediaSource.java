package dev.hashvet.fetch.wikipedia;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.fetch.HtmlText;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.fetch.Phrases;
import dev.hashvet.fetch.Query;
import dev.hashvet.fetch.Source;
import dev.hashvet.fetch.SourceResult;
import dev.hashvet.fetch.SourceSetup;
import dev.hashvet.fetch.http.Deadline;
import dev.hashvet.fetch.http.HttpAnswer;
import dev.hashvet.fetch.http.HttpGateway;
import dev.hashvet.fetch.http.SourceFailure;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Wikipedia's "In the news": today's featured feed (yesterday's when today's is not out yet), and
 * of its stories those that mention the query's words as a phrase, or its tag as a word. Each
 * becomes a live event with a link to the story's main article.
 */
public final class WikipediaSource implements Source {
  public static final String ID = "wikipedia";
  public static final String DEFAULT_URL = "https://en.wikipedia.org";

  private final String baseUrl;
  private final HttpGateway http;
  private final ObjectMapper json = SourceSetup.json();
  private final Phrases phrases = new Phrases();

  public WikipediaSource(SourceSetup setup) {
    this.baseUrl = setup.url(DEFAULT_URL);
    this.http = setup.http();
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
    return "today's \"In the news\" stories (one request)";
  }

  @Override
  public SourceResult fetch(Query query, Deadline deadline) {
    LocalDate day = query.now().atZone(ZoneOffset.UTC).toLocalDate();
    try {
      HttpAnswer answer = http.get(request(day), deadline);
      if (answer.code() == 404) {
        day = day.minusDays(1);
        answer = http.get(request(day), deadline);
      }
      if (!answer.isSuccessful()) {
        throw http.refusal(answer);
      }
      FeaturedFeed feed = answer.json(json, FeaturedFeed.class);
      List<FeaturedFeed.NewsItem> news = feed.news() == null ? List.of() : feed.news();
      List<LiveSignals.Headline> events = new ArrayList<>();
      for (FeaturedFeed.NewsItem item : news) {
        if (item == null || item.story() == null) {
          continue;
        }
        String text = HtmlText.toText(item.story());
        if (!text.isEmpty() && phrases.mentions(text, query)) {
          events.add(new LiveSignals.Headline(text, link(item), "wikipedia", day.toString()));
        }
      }
      LiveSignals signals = new LiveSignals(List.of(), List.of(), List.of(), events);
      String detail = events.size() + " of " + news.size() + " stories in the news on " + day
          + " mention " + query.label();
      return SourceResult.answered(List.of(), signals, detail, List.of());
    } catch (SourceFailure f) {
      return SourceResult.failed(f);
    }
  }

  private Request request(LocalDate day) {
    HttpUrl url = HttpUrl.get(baseUrl).newBuilder()
        .addPathSegments("api/rest_v1/feed/featured")
        .addPathSegment(String.format("%04d", day.getYear()))
        .addPathSegment(String.format("%02d", day.getMonthValue()))
        .addPathSegment(String.format("%02d", day.getDayOfMonth()))
        .build();
    return new Request.Builder().url(url).build();
  }

  /** The story's main (bold) article, else its first linked article; "" when none. */
  private String link(FeaturedFeed.NewsItem item) {
    Element bold = Jsoup.parseBodyFragment(item.story()).selectFirst("b a[href]");
    if (bold != null && bold.attr("href").startsWith("./")) {
      return HttpUrl.get(baseUrl).newBuilder().addPathSegment("wiki")
          .addEncodedPathSegment(bold.attr("href").substring(2)).build().toString();
    }
    if (item.links() != null) {
      for (FeaturedFeed.Link l : item.links()) {
        if (l == null) {
          continue;
        }
        if (l.contentUrls() != null && l.contentUrls().desktop() != null
            && l.contentUrls().desktop().page() != null
            && l.contentUrls().desktop().page().startsWith("https://")) {
          return l.contentUrls().desktop().page();
        }
        if (l.title() != null && !l.title().isBlank()) {
          return article(l.title());
        }
      }
    }
    return "";
  }

  private String article(String title) {
    return HttpUrl.get(baseUrl).newBuilder().addPathSegment("wiki").addPathSegment(title).build()
        .toString();
  }
}
