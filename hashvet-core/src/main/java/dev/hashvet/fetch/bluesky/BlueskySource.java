package dev.hashvet.fetch.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Query;
import dev.hashvet.fetch.Source;
import dev.hashvet.fetch.SourceResult;
import dev.hashvet.fetch.SourceSetup;
import dev.hashvet.fetch.http.Deadline;
import dev.hashvet.fetch.http.HttpAnswer;
import dev.hashvet.fetch.http.HttpGateway;
import dev.hashvet.fetch.http.Parallel;
import dev.hashvet.fetch.http.SourceFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Bluesky post search, newest first, through a logged-in session. The session is created once from
 * the app password in the environment and reused by every query of the run (logins are
 * rate-limited); an expired access token is refreshed, and a refused refresh logs in again. The
 * password and tokens live only in memory and only in request headers and the login body, which
 * the verbose log never shows.
 */
public final class BlueskySource implements Source {
  public static final String ID = "bluesky";
  public static final String DEFAULT_URL = "https://bsky.social";
  public static final String HANDLE_VAR = "BLUESKY_HANDLE";
  public static final String PASSWORD_VAR = "BLUESKY_APP_PASSWORD";
  static final int PROFILE_BATCH = 25;
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 100;
  /** Where a post is seen on the web: WEB + handle + "/post/" + record key. */
  public static final String WEB = "https://bsky.app/profile/";
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final String baseUrl;
  private final HttpUrl base;
  private final String handle;
  private final String password;
  private final int limit;
  private final HttpGateway http;
  private final Executor requests;
  private final ObjectMapper json = SourceSetup.json();
  private final Object sessionLock = new Object();
  private BlueskyDtos.Session session;

  public BlueskySource(SourceSetup setup) {
    this.baseUrl = setup.url(DEFAULT_URL);
    this.base = HttpUrl.get(baseUrl);
    this.handle = setup.var(HANDLE_VAR);
    this.password = setup.var(PASSWORD_VAR);
    this.limit = setup.limit(DEFAULT_LIMIT, MAX_LIMIT);
    this.http = setup.http();
    this.requests = setup.requests();
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
  public Map<String, Boolean> credentials() {
    Map<String, Boolean> m = new LinkedHashMap<>();
    m.put(HANDLE_VAR, !handle.isEmpty());
    m.put(PASSWORD_VAR, !password.isEmpty());
    return m;
  }

  @Override
  public String limits() {
    return "up to " + limit + " posts (one search page), follower counts in batches of "
        + PROFILE_BATCH + ", one login per run";
  }

  @Override
  public String missing() {
    return handle.isEmpty() || password.isEmpty() ? "set " + HANDLE_VAR + " and " + PASSWORD_VAR
        : "";
  }

  @Override
  public SourceResult fetch(Query query, Deadline deadline) {
    try {
      BlueskyDtos.Session s = session(deadline);
      HttpAnswer answer = search(s, query, deadline);
      if (expired(answer)) {
        answer = search(renew(s, deadline), query, deadline);
      }
      if (!answer.isSuccessful()) {
        throw http.refusal(answer);
      }
      BlueskyDtos.SearchPosts found = answer.json(json, BlueskyDtos.SearchPosts.class);
      List<BlueskyDtos.PostView> views =
          found.posts() == null ? List.of() : found.posts().stream().limit(limit).toList();
      List<String> warnings = new ArrayList<>();
      Map<String, Long> followers = followers(views, deadline, warnings);
      List<Post> posts = new ArrayList<>();
      for (BlueskyDtos.PostView v : views) {
        if (v != null && v.body() != null) {
          posts.add(toPost(v, followers));
        }
      }
      String detail = posts.size() + " posts for " + query.label() + ", newest first";
      return SourceResult.answered(posts, LiveSignals.NONE, detail, warnings);
    } catch (SourceFailure f) {
      return SourceResult.failed(f);
    }
  }

  private HttpAnswer search(BlueskyDtos.Session s, Query query, Deadline deadline)
      throws SourceFailure {
    HttpUrl.Builder url = base.newBuilder()
        .addPathSegments("xrpc/app.bsky.feed.searchPosts")
        .addQueryParameter("q", query.tag().isEmpty()
            ? String.join(" ", query.words()) : "#" + query.tag())
        .addQueryParameter("sort", "latest")
        .addQueryParameter("limit", Integer.toString(limit));
    if (!query.tag().isEmpty()) {
      url.addQueryParameter("tag", query.tag());
    }
    return http.get(authorised(url.build(), s.accessJwt()), deadline);
  }

  private Map<String, Long> followers(
      List<BlueskyDtos.PostView> views, Deadline deadline, List<String> warnings) {
    Set<String> dids = new LinkedHashSet<>();
    for (BlueskyDtos.PostView v : views) {
      if (v != null && v.author() != null && v.author().did() != null) {
        dids.add(v.author().did());
      }
    }
    List<String> all = new ArrayList<>(dids);
    List<FutureTask<BlueskyDtos.Profiles>> batches = new ArrayList<>();
    for (int i = 0; i < all.size(); i += PROFILE_BATCH) {
      List<String> batch = all.subList(i, Math.min(all.size(), i + PROFILE_BATCH));
      batches.add(Parallel.start(requests, () -> profiles(batch, deadline)));
    }
    Map<String, Long> out = new HashMap<>();
    for (FutureTask<BlueskyDtos.Profiles> b : batches) {
      try {
        BlueskyDtos.Profiles p = Parallel.await(b, deadline);
        if (p.profiles() != null) {
          for (BlueskyDtos.Profile prof : p.profiles()) {
            if (prof != null && prof.did() != null && prof.followersCount() != null) {
              out.put(prof.did(), prof.followersCount());
            }
          }
        }
      } catch (SourceFailure f) {
        warnings.add("bluesky: follower counts missing for some authors (" + f.detail() + ")");
      }
    }
    return out;
  }

  private BlueskyDtos.Profiles profiles(List<String> dids, Deadline deadline)
      throws SourceFailure {
    HttpUrl.Builder url = base.newBuilder().addPathSegments("xrpc/app.bsky.actor.getProfiles");
    dids.forEach(d -> url.addQueryParameter("actors", d));
    BlueskyDtos.Session s = session(deadline);
    HttpAnswer answer = http.get(authorised(url.build(), s.accessJwt()), deadline);
    if (!answer.isSuccessful()) {
      throw http.refusal(answer);
    }
    return answer.json(json, BlueskyDtos.Profiles.class);
  }

  /** The session of this run, logging in on first use. */
  private BlueskyDtos.Session session(Deadline deadline) throws SourceFailure {
    synchronized (sessionLock) {
      if (session == null) {
        session = login(deadline);
      }
      return session;
    }
  }

  /** A fresh session after {@code stale} expired: refreshed, or a new login if that fails. */
  private BlueskyDtos.Session renew(BlueskyDtos.Session stale, Deadline deadline)
      throws SourceFailure {
    synchronized (sessionLock) {
      if (session != null && session != stale) {
        return session;
      }
      session = null;
      try {
        session = refresh(stale, deadline);
      } catch (SourceFailure f) {
        session = login(deadline);
      }
      return session;
    }
  }

  private BlueskyDtos.Session login(Deadline deadline) throws SourceFailure {
    ObjectNode body = json.createObjectNode();
    body.put("identifier", handle);
    body.put("password", password);
    Request req = new Request.Builder()
        .url(base.newBuilder().addPathSegments("xrpc/com.atproto.server.createSession").build())
        .post(RequestBody.create(body.toString(), JSON_TYPE))
        .build();
    return session(http.send(req, deadline), "login");
  }

  private BlueskyDtos.Session refresh(BlueskyDtos.Session stale, Deadline deadline)
      throws SourceFailure {
    if (stale.refreshJwt() == null || stale.refreshJwt().isEmpty()) {
      throw SourceFailure.unavailable("no refresh token");
    }
    Request req = new Request.Builder()
        .url(base.newBuilder().addPathSegments("xrpc/com.atproto.server.refreshSession").build())
        .header("Authorization", "Bearer " + stale.refreshJwt())
        .post(RequestBody.create(new byte[0], null))
        .build();
    return session(http.send(req, deadline), "session refresh");
  }

  private BlueskyDtos.Session session(HttpAnswer answer, String what) throws SourceFailure {
    if (!answer.isSuccessful()) {
      throw http.refusal(answer).prefixed(what + " failed: ");
    }
    BlueskyDtos.Session s = answer.json(json, BlueskyDtos.Session.class);
    if (s.accessJwt() == null || s.accessJwt().isEmpty()) {
      throw SourceFailure.unavailable(what + " failed: no access token in the answer");
    }
    return s;
  }

  /** True when the server says the access token has expired or is no longer valid. */
  private static boolean expired(HttpAnswer answer) {
    if (answer.code() != 400 && answer.code() != 401) {
      return false;
    }
    String said = answer.reason();
    return said.contains("ExpiredToken") || said.contains("InvalidToken")
        || said.toLowerCase(Locale.ROOT).contains("expired");
  }

  private static Request authorised(HttpUrl url, String token) {
    return new Request.Builder().url(url).header("Authorization", "Bearer " + token).build();
  }

  private static Post toPost(BlueskyDtos.PostView v, Map<String, Long> followers) {
    JsonNode r = v.body();
    String handle = v.author() == null || v.author().handle() == null ? "" : v.author().handle();
    String did = v.author() == null || v.author().did() == null ? "" : v.author().did();
    String uri = v.uri() == null ? "" : v.uri();
    String url = "";
    int slash = uri.lastIndexOf('/');
    if (uri.startsWith("at://") && uri.contains("/app.bsky.feed.post/") && slash > 0
        && !handle.isEmpty()) {
      url = WEB + handle + "/post/" + uri.substring(slash + 1);
    }
    Set<String> tags = new LinkedHashSet<>();
    for (JsonNode facet : r.path("facets")) {
      for (JsonNode f : facet.path("features")) {
        if ("app.bsky.richtext.facet#tag".equals(f.path("$type").asText())
            && !f.path("tag").asText("").isBlank()) {
          tags.add(f.path("tag").asText().toLowerCase(Locale.ROOT));
        }
      }
    }
    for (JsonNode t : r.path("tags")) {
      if (!t.asText("").isBlank()) {
        tags.add(t.asText().toLowerCase(Locale.ROOT));
      }
    }
    return Post.builder(ID, uri)
        .url(url)
        .createdAt(r.path("createdAt").asText(""))
        .lang(r.path("langs").path(0).asText(""))
        .author(handle)
        .followers(followers.getOrDefault(did, -1L))
        .likes(n(v.likeCount()))
        .reposts(n(v.repostCount()))
        .replies(n(v.replyCount()))
        .text(r.path("text").asText(""))
        .tags(new ArrayList<>(tags))
        .build();
  }

  private static long n(Long v) {
    return v == null ? -1 : v;
  }
}
