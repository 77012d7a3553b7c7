package dev.hashvet.fetch.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.fetch.Untrusted;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okio.ByteString;
import org.jsoup.Jsoup;

/**
 * A complete answer read within the size cap: status, headers and body. Sources check it with
 * {@link #requireSuccess()} and {@link #json}, which turn every kind of refusal into a {@link
 * SourceFailure} with a reason a user understands.
 *
 * @param code the HTTP status
 * @param headers the response headers
 * @param url the URL that answered (after redirects)
 * @param body the body, at most the policy's cap
 */
public record HttpAnswer(int code, Headers headers, HttpUrl url, ByteString body) {
  private static final int MAX_REASON = 160;
  private static final ObjectMapper JSON = new ObjectMapper();

  public boolean isSuccessful() {
    return code >= 200 && code < 300;
  }

  /** The media type from {@code Content-Type}, if any and well formed. */
  public Optional<MediaType> mediaType() {
    String ct = headers.get("Content-Type");
    return ct == null ? Optional.empty() : Optional.ofNullable(MediaType.parse(ct));
  }

  /** "application/json", "text/html", or "none". */
  public String contentType() {
    return mediaType().map(m -> m.type() + "/" + m.subtype()).orElse("none");
  }

  /** True for application/json and any "+json" type. */
  public boolean isJson() {
    return mediaType()
        .map(m -> {
          String sub = m.subtype().toLowerCase(Locale.ROOT);
          return sub.equals("json") || sub.endsWith("+json");
        })
        .orElse(false);
  }

  public boolean isHtml() {
    return mediaType().map(m -> m.subtype().equalsIgnoreCase("html")).orElse(false)
        || body.size() > 0 && text().stripLeading().regionMatches(true, 0, "<!doctype html", 0, 14);
  }

  /** The body decoded with its charset (UTF-8 when none is named); bad bytes replaced. */
  public String text() {
    Charset cs = mediaType().map(m -> m.charset(StandardCharsets.UTF_8)).orElse(StandardCharsets.UTF_8);
    return body.string(cs);
  }

  /** Fails unless the status is 2xx, with a reason naming the status and the server's words. */
  public HttpAnswer requireSuccess() throws SourceFailure {
    if (isSuccessful()) {
      return this;
    }
    throw SourceFailure.unavailable(describeStatus());
  }

  /** Parses a successful JSON answer; a refusal, another content type or bad JSON fails. */
  public JsonNode json(ObjectMapper mapper) throws SourceFailure {
    requireSuccess();
    requireJson();
    try {
      JsonNode n = mapper.readTree(body.toByteArray());
      if (n == null || n.isMissingNode()) {
        throw SourceFailure.unavailable("empty answer where JSON was expected");
      }
      return n;
    } catch (IOException e) {
      throw SourceFailure.unavailable("malformed JSON in the answer");
    }
  }

  /** Parses a successful JSON answer into {@code type}. */
  public <T> T json(ObjectMapper mapper, Class<T> type) throws SourceFailure {
    JsonNode n = json(mapper);
    try {
      return mapper.treeToValue(n, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw SourceFailure.unavailable("unexpected JSON shape in the answer");
    }
  }

  /** Fails unless the answer says it is JSON (checked before any parsing). */
  public void requireJson() throws SourceFailure {
    if (!isJson()) {
      throw SourceFailure.unavailable(
          "unexpected content type " + contentType() + " (expected JSON)");
    }
  }

  /**
   * The status in words, with what the server said: "HTTP 401: The access token is invalid",
   * "blocked (HTTP 403, HTML page 'Blocked')".
   */
  public String describeStatus() {
    String said = reason();
    if (code == 403 && isHtml()) {
      return "blocked (HTTP 403, HTML page" + (said.isEmpty() ? "" : " '" + said + "'") + ")";
    }
    String label =
        switch (code) {
          case 401 -> "not authorised (HTTP 401)";
          case 403 -> "forbidden (HTTP 403)";
          case 404 -> "not found (HTTP 404)";
          case 429 -> "rate limited (HTTP 429)";
          default -> code >= 500 ? "server error (HTTP " + code + ")" : "HTTP " + code;
        };
    return said.isEmpty() ? label : label + ": " + said;
  }

  /**
   * What the server said, in one short clean line: a JSON {@code error_description}, {@code
   * message} or {@code error}; an HTML page's title; or the first line of plain text.
   */
  public String reason() {
    if (body.size() == 0) {
      return "";
    }
    String text = text();
    String said = "";
    if (isJson() || text.stripLeading().startsWith("{")) {
      try {
        JsonNode n = JSON.readTree(text);
        for (String key : new String[] {"error_description", "message", "error"}) {
          JsonNode v = n == null ? null : n.get(key);
          if (v != null && v.isTextual() && !v.asText().isBlank()) {
            said = v.asText();
            break;
          }
        }
      } catch (IOException | RuntimeException e) {
        said = "";
      }
    } else if (isHtml()) {
      said = Jsoup.parse(text).title();
    } else {
      said = text.strip().lines().findFirst().orElse("");
    }
    said = Untrusted.field(said);
    return said.length() > MAX_REASON ? said.substring(0, MAX_REASON - 1) + "…" : said;
  }
}
