package ai.xseven.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL and Redis of this machine. Without them a test skips with a visible message,
 * except in CI, where a skipped production-path test would hide a failure.
 */
public final class ProductionServices {

  public static final String POSTGRES_URL = "jdbc:postgresql://localhost:5432/";

  private ProductionServices() {}

  public static void requireOrSkip() {
    boolean postgres = reachable(5432);
    boolean redis = reachable(6379);
    if (postgres && redis) {
      return;
    }
    String missing = (postgres ? "" : "PostgreSQL (localhost:5432) ") + (redis ? "" : "Redis (localhost:6379)");
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("Not reachable in CI: " + missing + " — production-path tests must run for real");
    }
    Assumptions.abort("SKIPPED production-path test: not reachable: " + missing);
  }

  /** A fresh, empty database for one test class. */
  public static String freshDatabase(String name) throws SQLException {
    try (Connection admin = DriverManager.getConnection(POSTGRES_URL + "postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
      sql.execute("create database " + name);
    }
    return POSTGRES_URL + name;
  }

  private static boolean reachable(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
