package ai.xseven.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The DRL files in {@code rules/}, compiled and evaluated without a Spring context, for unit tests. */
public final class ShippedRuleSets {

  private static final int MAX_FIRINGS = 10_000;
  private static final Map<String, CompiledRuleSet> COMPILED = new ConcurrentHashMap<>();

  private ShippedRuleSets() {}

  public static String drl(String name) {
    try {
      return Files.readString(Path.of("rules", name + ".drl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evaluates the shipped {@code rules/<name>.drl} against {@code facts}. */
  public static RuleResult evaluate(String name, Collection<?> facts) {
    return RuleEngine.evaluate(COMPILED.computeIfAbsent(name,
        shipped -> new RuleSetCompiler().compile(shipped, 1, drl(shipped))), facts, MAX_FIRINGS);
  }
}
