package ai.xseven.widget;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A business's own website for the widget's browser tests: plain HTML from a JDK server on
 * {@code 127.0.0.1} and a port of its own, so it is another origin than the application.
 */
final class BusinessSite implements AutoCloseable {

  private final HttpServer server;

  private BusinessSite(HttpServer server) {
    this.server = server;
  }

  /** Serves the HTML {@code pageForPath} makes of each request's path. */
  static BusinessSite serving(Function<String, String> pageForPath) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        byte[] html = pageForPath.apply(exchange.getRequestURI().getPath())
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(html);
        }
      });
      server.start();
      return new BusinessSite(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
