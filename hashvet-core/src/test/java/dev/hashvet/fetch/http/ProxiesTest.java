package dev.hashvet.fetch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import dev.hashvet.fetch.FakeSources;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY: a MockWebServer plays the proxy and records the
 * absolute-form request lines, the CONNECT of an HTTPS tunnel and the Proxy-Authorization sent.
 */
class ProxiesTest {
  @StartStop final MockWebServer proxy = new MockWebServer();

  private final List<String> log = new ArrayList<>();

  private HttpGateway gateway(Map<String, String> env) {
    return HttpGateway.create(FakeSources.policy(), FakeSources.CLOCK, Optional.empty(),
        log::add, Proxies.fromEnv(env)).forSource("test");
  }

  private String proxyUrl(String userInfo) {
    return "http://" + userInfo + proxy.getHostName() + ":" + proxy.getPort();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void httpGoesThroughHttpProxyInAbsoluteFormAndAnswersItsChallenge() throws Exception {
    proxy.enqueue(new MockResponse.Builder().code(407)
        .setHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
    proxy.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type",
        "application/json").body("{\"ok\":true}").build());
    try (HttpGateway http = gateway(Map.of("HTTP_PROXY", proxyUrl("ann:s%40cret@")))) {
      HttpAnswer a = http.get(new Request.Builder().url("http://api.example.test/v1/x?q=1")
          .build(), Deadline.after(Duration.ofSeconds(5)));
      assertThat(a.code()).isEqualTo(200);
    }
    RecordedRequest first = proxy.takeRequest();
    assertThat(first.getRequestLine()).isEqualTo("GET http://api.example.test/v1/x?q=1 HTTP/1.1");
    assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
    RecordedRequest second = proxy.takeRequest();
    assertThat(second.getRequestLine()).isEqualTo("GET http://api.example.test/v1/x?q=1 HTTP/1.1");
    assertThat(second.getHeaders().get("Proxy-Authorization")).isEqualTo(basic("ann", "s@cret"));
    assertThat(String.join("\n", log)).doesNotContain("cret");
  }

  @Test
  void httpsOpensATunnelWithConnectAndSendsCredentialsAhead() throws Exception {
    proxy.enqueue(new MockResponse.Builder().code(403).build());
    try (HttpGateway http = gateway(Map.of("https_proxy", proxyUrl("bob:pw@"),
        "HTTPS_PROXY", "http://ignored.example.test:1"))) {
      assertThatThrownBy(() -> http.get(new Request.Builder()
          .url("https://api.example.test/v1/x").build(), Deadline.after(Duration.ofSeconds(5))))
          .isInstanceOf(SourceFailure.class);
    }
    RecordedRequest connect = proxy.takeRequest();
    assertThat(connect.getRequestLine()).isEqualTo("CONNECT api.example.test:443 HTTP/1.1");
    assertThat(connect.getHeaders().get("Proxy-Authorization")).isEqualTo(basic("bob", "pw"));
  }

  @Test
  void noProxyHostsGoDirect() throws Exception {
    MockWebServer direct = new MockWebServer();
    direct.start();
    try {
      direct.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type",
          "application/json").body("{}").build());
      try (HttpGateway http = gateway(Map.of("HTTP_PROXY", proxyUrl(""),
          "NO_PROXY", "example.org, " + direct.getHostName()))) {
        HttpAnswer a = http.get(new Request.Builder().url(direct.url("/d")).build(),
            Deadline.after(Duration.ofSeconds(5)));
        assertThat(a.code()).isEqualTo(200);
      }
      assertThat(direct.getRequestCount()).isEqualTo(1);
      assertThat(proxy.getRequestCount()).isZero();
    } finally {
      direct.close();
    }
  }

  @Test
  void selectsByScheme() {
    Proxies p = Proxies.fromEnv(Map.of(
        "HTTPS_PROXY", "http://secure.proxy.test:3128",
        "http_proxy", "plain.proxy.test:8080",
        "no_proxy", ".internal.test,*.corp.test,localhost:9000,[::1]"));
    assertThat(address(p, "https://bsky.social/x")).isEqualTo("secure.proxy.test:3128");
    assertThat(address(p, "http://en.wikipedia.org/")).isEqualTo("plain.proxy.test:8080");
    assertThat(address(p, "https://a.internal.test/")).isEqualTo("direct");
    assertThat(address(p, "https://internal.test/")).isEqualTo("direct");
    assertThat(address(p, "https://x.corp.test/")).isEqualTo("direct");
    assertThat(address(p, "https://notinternal.test/")).isEqualTo("secure.proxy.test:3128");
    assertThat(address(p, "http://localhost:9000/")).isEqualTo("direct");
    assertThat(address(p, "http://localhost:9001/")).isEqualTo("plain.proxy.test:8080");
    assertThat(address(p, "http://[::1]:8080/")).isEqualTo("direct");
    assertThat(address(Proxies.fromEnv(Map.of("HTTPS_PROXY", "http://p.test:1",
        "NO_PROXY", "*")), "https://any.test/")).isEqualTo("direct");
    assertThat(Proxies.fromEnv(Map.of()).none()).isTrue();
    assertThat(p.toString()).contains("secure.proxy.test:3128");
  }

  @Test
  void badProxyUrlsAreNamedWithoutTheirPassword() {
    assertThatThrownBy(() -> Proxies.fromEnv(Map.of("HTTPS_PROXY",
        "socks5://u:hunter2@p.test:1080")))
        .isInstanceOf(HashvetException.class)
        .hasMessageContaining("HTTPS_PROXY")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> Proxies.fromEnv(Map.of("http_proxy", "http://u:p w@:8080")))
        .isInstanceOf(HashvetException.class)
        .hasMessageContaining("http_proxy");
    assertThat(Proxies.fromEnv(Map.of("HTTPS_PROXY", "http://u:hunter2@p.test:1")).toString())
        .doesNotContain("hunter2").doesNotContain("u:");
  }

  private static String address(Proxies p, String url) {
    Proxy proxy = p.select(URI.create(url)).get(0);
    if (proxy.type() == Proxy.Type.DIRECT) {
      return "direct";
    }
    InetSocketAddress a = (InetSocketAddress) proxy.address();
    return a.getHostString() + ":" + a.getPort();
  }
}
