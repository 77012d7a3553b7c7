package dev.hashvet.fetch.reddit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Query;
import dev.hashvet.fetch.Source;
import dev.hashvet.fetch.SourceResult;
import dev.hashvet.fetch.SourceSetup;
import dev.hashvet.fetch.http.Deadline;
import dev.hashvet.fetch.http.HttpAnswer;
import dev.hashvet.fetch.http.HttpGateway;
import dev.hashvet.fetch.http.SourceFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Reddit search, newest first, over the past week, with an application-only OAuth token
 * (client-credentials grant). The token is kept in memory until shortly before it expires (by the
 * injected clock) and asked for again once if the search says it is no longer valid.
 */
public final class RedditSource implements Source {
  public static final String ID = "reddit";
  public static final String DEFAULT_URL = "https://oauth.reddit.com";
  public static final String DEFAULT_AUTH_URL = "https://www.reddit.com";
  public static final String CLIENT_ID_VAR = "REDDIT_CLIENT_ID";
  public static final String CLIENT_SECRET_VAR = "REDDIT_CLIENT_SECRET";
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 100;
  /** Where a post is seen on the web: WEB + permalink. */
  public static final String WEB = "https://www.reddit.com";

  private final String baseUrl;
  private final String authUrl;
  private final String clientId;
  private final String clientSecret;
  private final int limit;
  private final HttpGateway http;
  private final Clock clock;
  private final ObjectMapper json = SourceSetup.json();
  private final Object tokenLock = new Object();
  private String token;
  private Instant tokenExpires = Instant.MIN;

  public RedditSource(SourceSetup setup) {
    this.baseUrl = setup.url(DEFAULT_URL);
    this.authUrl = SourceSetup.trimSlash(setup.config().authUrl().orElse(DEFAULT_AUTH_URL));
    this.clientId = setup.var(CLIENT_ID_VAR);
    this.clientSecret = setup.var(CLIENT_SECRET_VAR);
    this.limit = setup.limit(DEFAULT_LIMIT, MAX_LIMIT);
    this.http = setup.http();
    this.clock = setup.clock();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> urls() {
    return List.of(baseUrl, authUrl);
  }

  @Override
  public Map<String, Boolean> credentials() {
    Map<String, Boolean> m = new LinkedHashMap<>();
    m.put(CLIENT_ID_VAR, !clientId.isEmpty());
    m.put(CLIENT_SECRET_VAR, !clientSecret.isEmpty());
    return m;
  }

  @Override
  public String limits() {
    return "up to " + limit + " posts from the past week (one search page), newest first";
  }

  @Override
  public String missing() {
    return clientId.isEmpty() || clientSecret.isEmpty()
        ? "set " + CLIENT_ID_VAR + " and " + CLIENT_SECRET_VAR : "";
  }

  @Override
  public SourceResult fetch(Query query, Deadline deadline) {
    try {
      String t = token(deadline, null);
      HttpAnswer answer = search(t, query, deadline);
      if (answer.code() == 401) {
        answer = search(token(deadline, t), query, deadline);
      }
      if (answer.code() == 403 && answer.isHtml()) {
        throw SourceFailure.unavailable("blocked by Reddit (HTTP 403 HTML page"
            + (answer.reason().isEmpty() ? "" : " '" + answer.reason() + "'") + ")");
      }
      if (!answer.isSuccessful()) {
        throw http.refusal(answer);
      }
      RedditDtos.Listing listing = answer.json(json, RedditDtos.Listing.class);
      List<Post> posts = new ArrayList<>();
      if (listing.data() != null && listing.data().children() != null) {
        for (RedditDtos.Child c : listing.data().children()) {
          if (c != null && "t3".equals(c.kind()) && c.data() != null && posts.size() < limit) {
            posts.add(toPost(c.data()));
          }
        }
      }
      String detail = posts.size() + " posts for " + query.label() + " from the past week";
      return SourceResult.answered(posts, LiveSignals.NONE, detail, List.of());
    } catch (SourceFailure f) {
      return SourceResult.failed(f);
    }
  }

  private HttpAnswer search(String t, Query query, Deadline deadline) throws SourceFailure {
    HttpUrl url = HttpUrl.get(baseUrl).newBuilder()
        .addPathSegment("search")
        .addQueryParameter("q", searchTerms(query))
        .addQueryParameter("sort", "new")
        .addQueryParameter("t", "week")
        .addQueryParameter("type", "link")
        .addQueryParameter("limit", Integer.toString(limit))
        .addQueryParameter("raw_json", "1")
        .build();
    Request req = new Request.Builder().url(url).header("Authorization", "bearer " + t).build();
    return http.get(req, deadline);
  }

  /** The tag and its words: {@code "not guilty" OR notguilty}. */
  static String searchTerms(Query query) {
    if (query.tag().isEmpty()) {
      return String.join(" ", query.words());
    }
    if (query.words().size() < 2) {
      return query.tag();
    }
    return "\"" + String.join(" ", query.words()) + "\" OR " + query.tag();
  }

  /** The current token; {@code stale} (the one just refused) forces a new one. */
  private String token(Deadline deadline, String stale) throws SourceFailure {
    synchronized (tokenLock) {
      Instant now = clock.instant();
      if (token != null && !token.equals(stale) && now.isBefore(tokenExpires)) {
        return token;
      }
      Request req = new Request.Builder()
          .url(HttpUrl.get(authUrl).newBuilder().addPathSegments("api/v1/access_token").build())
          .header("Authorization", Credentials.basic(clientId, clientSecret))
          .post(new FormBody.Builder().add("grant_type", "client_credentials").build())
          .build();
      HttpAnswer answer = http.send(req, deadline);
      if (answer.code() == 403 && answer.isHtml()) {
        throw SourceFailure.unavailable("blocked by Reddit (HTTP 403 HTML page at login)");
      }
      if (!answer.isSuccessful()) {
        throw http.refusal(answer).prefixed("token request failed: ");
      }
      RedditDtos.Token t = answer.json(json, RedditDtos.Token.class);
      if (t.accessToken() == null || t.accessToken().isEmpty()) {
        throw SourceFailure.unavailable("token request failed: no access token in the answer");
      }
      long life = t.expiresIn() == null ? 3600 : t.expiresIn();
      token = t.accessToken();
      // A minute early, so a token never expires between this check and its use.
      tokenExpires = now.plusSeconds(Math.max(0, life - 60));
      return token;
    }
  }

  private static Post toPost(RedditDtos.Link l) {
    String title = l.title() == null ? "" : l.title();
    String self = l.selftext() == null ? "" : l.selftext().strip();
    String text = self.isEmpty() ? title : title + "\n\n" + self;
    String url = l.permalink() == null || l.permalink().isEmpty() ? ""
        : l.permalink().startsWith("http") ? l.permalink() : WEB + l.permalink();
    String created = l.createdUtc() == null ? ""
        : Instant.ofEpochMilli((long) (l.createdUtc() * 1000)).toString();
    String author = l.author() == null || l.author().equals("[deleted]") ? "" : "u/" + l.author();
    return Post.builder(ID, l.name())
        .url(url)
        .createdAt(created)
        .author(author)
        .likes(n(l.score()))
        .reposts(n(l.numCrossposts()))
        .replies(n(l.numComments()))
        .text(text)
        .build();
  }

  private static long n(Long v) {
    return v == null ? -1 : v;
  }
}
