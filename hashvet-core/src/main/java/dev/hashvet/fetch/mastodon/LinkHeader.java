package dev.hashvet.fetch.mastodon;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Reads the {@code rel="next"} page of a {@code Link} header (RFC 8288). */
final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");
  private static final Pattern REL_NEXT =
      Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

  private LinkHeader() {}

  /**
   * The next page's URL, if the header names one on the same host as {@code current} (a page
   * never sends hashvet to another server).
   */
  static Optional<HttpUrl> next(String header, HttpUrl current) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = LINK.matcher(header);
    while (m.find()) {
      Matcher rel = REL_NEXT.matcher(m.group(2));
      while (rel.find()) {
        for (String r : rel.group(1).trim().split("\\s+")) {
          if (r.equalsIgnoreCase("next")) {
            HttpUrl url = current.resolve(m.group(1).trim());
            if (url != null && url.host().equals(current.host())
                && url.port() == current.port() && url.scheme().equals(current.scheme())) {
              return Optional.of(url);
            }
            return Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }
}
