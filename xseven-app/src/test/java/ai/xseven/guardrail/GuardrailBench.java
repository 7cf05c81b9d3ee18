package ai.xseven.guardrail;

import ai.xseven.bench.BenchDoc;
import ai.xseven.bench.Latencies;
import ai.xseven.rules.Decision;
import ai.xseven.rules.RuleResult;
import ai.xseven.rules.RuleSetBench;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How long the guardrails take per message and how long the shipped rule sets take to compile. Not
 * a test: {@code bench/guardrails.sh} runs it and rewrites the guardrails section of
 * {@code docs/benchmarks.md}. Options: {@code --out FILE}, {@code --quick} (a tenth of the calls,
 * for trying the harness).
 */
final class GuardrailBench {

  private static final String CHANNEL = "dedicated";
  private static final double RULES_TARGET_MICROS = 50;
  private static final double INPUT_TARGET_MILLIS = 5;

  private final int scale;
  private final StringBuilder out = new StringBuilder();

  private GuardrailBench(int scale) {
    this.scale = scale;
  }

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    int out = options.indexOf("--out");
    GuardrailBench bench = new GuardrailBench(options.contains("--quick") ? 10 : 1);
    String report = bench.run();
    if (out >= 0) {
      BenchDoc.replaceSection(Path.of(options.get(out + 1)), "guardrails", report);
    }
    System.out.println(report);
  }

  private String run() throws IOException, InterruptedException {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadBefore = BenchDoc.loadAverage();
    List<String> compileRows = compileTimes();

    log("loading all-MiniLM-L6-v2 and embedding the example lists");
    MessageInspector inspector = new MessageInspector(new AllMiniLmL6V2EmbeddingModel());
    MessageInspector withoutModel = new MessageInspector(new FixedEmbeddingModel());
    EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    List<String> messages = GuardrailBenchCorpus.messages();
    List<InboundMessage> inbound = messages.stream().map(text -> inspect(inspector, text)).toList();
    List<String> normalised = messages.stream().map(TextNormaliser::normalise).toList();
    List<GuardrailBenchCorpus.Reply> replies = GuardrailBenchCorpus.replies();
    ReplyInspector replyInspector = new ReplyInspector();
    List<List<Object>> replyFacts = replies.stream()
        .map(reply -> replyInspector.facts(reply.text(), reply.context())).toList();
    List<List<Object>> bookings = GuardrailBenchCorpus.bookingChecks();

    Function<Collection<?>, RuleResult> input = RuleSetBench.evaluator(InputGuardrail.RULE_SET);
    Function<Collection<?>, RuleResult> output = RuleSetBench.evaluator(OutputGuardrail.RULE_SET);
    Function<Collection<?>, RuleResult> booking = RuleSetBench.evaluator("booking-policy");
    List<List<InboundMessage>> inputFacts = inbound.stream().map(List::of).toList();
    String decisions = "Decisions over the corpus (the rules do fire): input-guardrails "
        + decisions(inputFacts, input) + "; output-guardrails " + decisions(replyFacts, output)
        + "; booking-policy " + decisions(bookings, booking) + ".";

    List<Latencies> rules = new ArrayList<>();
    for (int threads = 1; threads <= 2; threads++) {
      rules.add(rulesAlone("input-guardrails", inputFacts, input, threads));
      rules.add(rulesAlone("output-guardrails", replyFacts, output, threads));
      rules.add(rulesAlone("booking-policy", bookings, booking, threads));
    }

    Duration warmUp = Duration.ofSeconds(6 / (scale == 1 ? 1 : 3));
    int calls = 2_000 / scale;
    List<Latencies> whole = new ArrayList<>();
    whole.add(measure("detectors without the embedding (fixed vector, cosine scans kept)",
        messages, text -> inspect(withoutModel, text), warmUp, calls * 10, 1));
    whole.add(measure("embedding alone (`model.embed`, all-MiniLM-L6-v2)", normalised,
        model::embed, warmUp, calls, 1));
    for (int threads = 1; threads <= 2; threads++) {
      whole.add(measure("whole input guardrail: inspect + input-guardrails", messages,
          text -> input.apply(List.of(inspect(inspector, text))), warmUp, calls / threads,
          threads));
    }
    for (int threads = 1; threads <= 2; threads++) {
      whole.add(measure("whole output guardrail: ReplyInspector.facts + output-guardrails",
          replies, reply -> output.apply(replyInspector.facts(reply.text(), reply.context())),
          warmUp, calls * 10 / threads, threads));
    }
    String loadAfter = BenchDoc.loadAverage();

    line("## Guardrail and rule-set benchmark (" + started + ")");
    line("");
    line("Machine: " + BenchDoc.machine() + ". Load average (1 / 5 / 15 min) at the start "
        + loadBefore + ", at the end " + loadAfter + "; the cores are shared with other builds.");
    line("");
    line("Corpus: " + messages.size() + " messages (`src/test/resources/guardrails/attacks.txt` "
        + "and `ordinary.txt`), " + replies.size() + " replies for the three demo businesses "
        + "(every offline answer plus five each that must be stopped), " + bookings.size()
        + " booking-policy fact sets (a grid of days, times, party sizes, occupancies and lead "
        + "times, plus cancellations). Each figure is one call timed with `System.nanoTime()` "
        + "after a warm-up; with 2 threads both run the same loop at once and the percentiles "
        + "are over both threads' calls. \"cores busy\" is process CPU time over wall time.");
    line("");
    line(decisions);
    line("");
    targets(rules, whole);
    line("### Rule-set compile time (`RuleSetCompiler.compile`: KieBase and session pool)");
    line("");
    line("| rule set | rules | first compile in a fresh JVM (ms) | warm median of 10 (ms) "
        + "| warm min / max (ms) |");
    line("|---|--:|--:|--:|--:|");
    compileRows.forEach(this::line);
    line("");
    line("The first compile in a fresh JVM includes loading and JIT-compiling Drools; that is what "
        + "start-up pays once. A new version activated at run time pays about the warm figure.");
    line("");
    line("### Rules alone (pre-computed facts, `RuleEngine.evaluate` with pooled sessions)");
    line("");
    table(rules, 1_000, "µs");
    line("### Input guardrail with the embedding detector, and the output guardrail");
    line("");
    table(whole, 1_000_000, "ms");
    breakdown(whole.get(0), whole.get(1), rules.get(0), whole.get(2));
    return out.toString();
  }

  private <F extends Collection<?>> Latencies rulesAlone(String name, List<F> facts,
      Function<Collection<?>, RuleResult> rules, int threads) {
    log(name + ", " + threads + " thread(s)");
    return Latencies.measure(name, facts, rules::apply, Duration.ofSeconds(scale == 1 ? 4 : 1),
        100_000 / scale, threads, false);
  }

  /** Milliseconds-scale work: the calling thread's CPU time is taken per call as well. */
  private static <T> Latencies measure(String label, List<T> inputs, Function<T, ?> operation,
      Duration warmUp, int calls, int threads) {
    log(label + ", " + threads + " thread(s)");
    return Latencies.measure(label, inputs, operation, warmUp, calls, threads, true);
  }

  private static InboundMessage inspect(MessageInspector inspector, String text) {
    return inspector.inspect(text, CHANNEL, "RESTAURANT", "Mario's Italian").fact();
  }

  private static String decisions(List<? extends Collection<?>> facts,
      Function<Collection<?>, RuleResult> rules) {
    Map<Decision, Long> counts = facts.stream().collect(Collectors.groupingBy(
        set -> rules.apply(set).decision(), () -> new EnumMap<>(Decision.class),
        Collectors.counting()));
    return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
        .collect(Collectors.joining(", "));
  }

  private static List<String> compileTimes() throws IOException, InterruptedException {
    List<String> rows = new ArrayList<>();
    for (String name : RuleSetBench.SHIPPED) {
      log("compiling " + name);
      RuleSetBench.CompileTimes times = RuleSetBench.compileTimes(name, 10);
      long[] warm = times.warmNanos();
      rows.add(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f / %.1f |", name,
          times.rules(), times.coldNanos() / 1e6, (warm[4] + warm[5]) / 2e6, warm[0] / 1e6,
          warm[warm.length - 1] / 1e6));
    }
    return rows;
  }

  private void targets(List<Latencies> rules, List<Latencies> whole) {
    line("### Against the targets");
    line("");
    line("| target | threads | measured p99 | verdict |");
    line("|---|--:|--:|---|");
    for (Latencies rule : rules) {
      double p99 = rule.percentile(99) / 1e3;
      line(String.format(Locale.ROOT, "| rules alone, %s: p99 ≤ %.0f µs | %d | %.1f µs | %s |",
          rule.label(), RULES_TARGET_MICROS, rule.threads(), p99,
          p99 <= RULES_TARGET_MICROS ? "met" : "**missed**"));
    }
    for (Latencies all : whole.subList(2, 4)) {
      double p99 = all.percentile(99) / 1e6;
      line(String.format(Locale.ROOT,
          "| whole input guardrail incl. embedding: p99 ≤ %.0f ms | %d | %.2f ms | %s |",
          INPUT_TARGET_MILLIS, all.threads(), p99,
          p99 <= INPUT_TARGET_MILLIS ? "met" : "**missed**"));
    }
    line("");
  }

  private void table(List<Latencies> rows, double unit, String unitName) {
    boolean cpu = rows.get(0).cpuPercentile(50) >= 0;
    line("| what | threads | calls | p50 (" + unitName + ") | p99 (" + unitName + ") | p99.9 ("
        + unitName + ") | max (" + unitName + ") | "
        + (cpu ? "calling thread CPU p50 / p99 (" + unitName + ") | " : "")
        + "calls/s | cores busy | GCs (ms) |");
    line("|---|--:|--:|--:|--:|--:|--:|" + (cpu ? "--:|" : "") + "--:|--:|--:|");
    for (Latencies row : rows) {
      String p999 = row.count() >= 10_000 ? format(row.percentile(99.9) / unit) : "–";
      String cpuTimes = cpu ? format(row.cpuPercentile(50) / unit) + " / "
          + format(row.cpuPercentile(99) / unit) + " | " : "";
      line(String.format(Locale.ROOT,
          "| %s | %d | %,d | %s | %s | %s | %s | %s%,.0f | %.2f | %d (%d) |",
          row.label(), row.threads(), row.count(), format(row.percentile(50) / unit),
          format(row.percentile(99) / unit), p999, format(row.max() / unit), cpuTimes,
          row.perSecond(), row.cpuCores(), row.gcCount(), row.gcMillis()));
    }
    line("");
  }

  /** Which part of a message's check dominates, from the single-thread medians and p99s. */
  private void breakdown(Latencies detectors, Latencies embedding, Latencies rules,
      Latencies whole) {
    double sum50 = detectors.percentile(50) + embedding.percentile(50) + rules.percentile(50);
    line(String.format(Locale.ROOT, "Where a message's time goes (single thread, p50): detectors "
            + "%.2f ms (%.0f %%), embedding %.2f ms (%.0f %%), input rules %.3f ms (%.0f %%); "
            + "sum %.2f ms against %.2f ms measured for the whole. At p99: detectors %.2f ms, "
            + "embedding %.2f ms, rules %.3f ms, whole %.2f ms.",
        detectors.percentile(50) / 1e6, 100 * detectors.percentile(50) / sum50,
        embedding.percentile(50) / 1e6, 100 * embedding.percentile(50) / sum50,
        rules.percentile(50) / 1e6, 100 * rules.percentile(50) / sum50, sum50 / 1e6,
        whole.percentile(50) / 1e6, detectors.percentile(99) / 1e6,
        embedding.percentile(99) / 1e6, rules.percentile(99) / 1e6, whole.percentile(99) / 1e6));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f",
        value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private static void log(String text) {
    System.err.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + text);
  }

  /** An embedding model that returns one fixed unit vector: the detectors' cost without ONNX. */
  private static final class FixedEmbeddingModel implements EmbeddingModel {
    private static final Embedding FIXED = unit(384);

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      return Response.from(Collections.nCopies(segments.size(), FIXED));
    }

    private static Embedding unit(int dimension) {
      float[] vector = new float[dimension];
      Arrays.fill(vector, (float) (1 / Math.sqrt(dimension)));
      return Embedding.from(vector);
    }
  }
}
