package ai.xseven.integration;

import ai.xseven.sdk.BusinessError;
import ai.xseven.sdk.PluginException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one way the HTTP plugins call out: only to URLs the {@link UrlAllowList} allows, without
 * following redirects, within the task's timeout (connecting, waiting and reading all count), and
 * reading at most {@code xseven.plugins.http.max-response-bytes}. A status of 400 or more is the
 * business error {@code HTTP_<status>}; no answer (refused connection, timeout, a body too long)
 * is a technical failure, retried by the task's retry policy.
 */
@Component
class OutboundHttp {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final UrlAllowList allowList;
  private final int maxResponseBytes;
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(CONNECT_TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  OutboundHttp(UrlAllowList allowList, HttpPluginProperties properties) {
    this.allowList = allowList;
    this.maxResponseBytes = properties.maxResponseBytes();
  }

  /** An answer with a status below 400. */
  record Answer(int status, String contentType, String body) {

    boolean isJson() {
      return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }
  }

  /** The URL, checked against the allow-list; call before building the request. */
  URI allowed(String url) {
    return allowList.check(url);
  }

  Answer send(HttpRequest request, Duration timeout) {
    String what = request.method() + " " + request.uri();
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request, LimitedBody.handler(maxResponseBytes));
    HttpResponse<byte[]> response;
    try {
      response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new PluginException(what + " did not answer within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new PluginException(what + " was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new PluginException(what + " failed: " + (cause.getMessage() == null
          ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    String body = new String(response.body(), charset(contentType));
    if (response.statusCode() >= 400) {
      throw new BusinessError("HTTP_" + response.statusCode(), what + " answered "
          + response.statusCode() + (body.isBlank() ? "" : ": " + excerpt(body)));
    }
    return new Answer(response.statusCode(), contentType, body);
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      Matcher matcher = CHARSET.matcher(contentType);
      if (matcher.find()) {
        try {
          return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException unknown) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String excerpt(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}
