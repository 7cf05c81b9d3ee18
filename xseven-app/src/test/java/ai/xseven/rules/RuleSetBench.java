package ai.xseven.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The benchmark's door into the package-private compiler and engine (see
 * {@code ai.xseven.guardrail.GuardrailBench}). Run alone, it times one compile of a shipped rule
 * set in a fresh JVM: {@code java ai.xseven.rules.RuleSetBench input-guardrails}.
 */
public final class RuleSetBench {

  public static final List<String> SHIPPED = List.of("input-guardrails", "output-guardrails",
      "booking-policy", "menu-change-policy", "model-routing");

  /** As {@code xseven.rules.max-firings} in application.yml. */
  private static final int MAX_FIRINGS = 10_000;
  private static final int WARM_UP_COMPILES = 3;

  /**
   * @param coldNanos the first compile in a fresh JVM (Drools not yet loaded or JIT-compiled)
   * @param warmNanos later compiles in this JVM after a few unmeasured ones, sorted
   */
  public record CompileTimes(int rules, long coldNanos, long[] warmNanos) {}

  private RuleSetBench() {}

  /** Compiles {@code rules/<name>.drl} once; the function evaluates it as RuleEngine does. */
  public static Function<Collection<?>, RuleResult> evaluator(String name) {
    CompiledRuleSet rules = new RuleSetCompiler().compile(name, 1, ShippedRuleSets.drl(name));
    return facts -> RuleEngine.evaluate(rules, facts, MAX_FIRINGS);
  }

  public static CompileTimes compileTimes(String name, int warmCompiles)
      throws IOException, InterruptedException {
    String drl = ShippedRuleSets.drl(name);
    long cold = coldCompileNanos(name);
    for (int i = 0; i < WARM_UP_COMPILES; i++) {
      compileNanos(name, drl);
    }
    long[] warm = new long[warmCompiles];
    for (int i = 0; i < warmCompiles; i++) {
      warm[i] = compileNanos(name, drl);
    }
    Arrays.sort(warm);
    int rules = (int) drl.lines().filter(line -> line.startsWith("rule ")).count();
    return new CompileTimes(rules, cold, warm);
  }

  /** Nanoseconds to compile {@code drl} into a KieBase and its session pool, as activation does. */
  private static long compileNanos(String name, String drl) {
    RuleSetCompiler compiler = new RuleSetCompiler();
    long began = System.nanoTime();
    CompiledRuleSet compiled = compiler.compile(name, 1, drl);
    long took = System.nanoTime() - began;
    compiled.close();
    return took;
  }

  /** Runs {@link #main} in a new JVM with this JVM's class path and logging configuration. */
  private static long coldCompileNanos(String name) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    String logging = System.getProperty("logback.configurationFile");
    if (logging != null) {
      command.add("-Dlogback.configurationFile=" + logging);
    }
    command.addAll(List.of(RuleSetBench.class.getName(), name));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
    if (process.waitFor() != 0 || lines.isEmpty()) {
      throw new IllegalStateException("cold compile of " + name + " failed: " + lines);
    }
    return Long.parseLong(lines.get(lines.size() - 1).strip());
  }

  public static void main(String[] args) {
    System.out.println(compileNanos(args[0], ShippedRuleSets.drl(args[0])));
  }
}
