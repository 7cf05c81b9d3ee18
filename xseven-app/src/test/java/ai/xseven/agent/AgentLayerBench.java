package ai.xseven.agent;

import ai.xseven.XSevenApplication;
import ai.xseven.bench.BenchDoc;
import ai.xseven.bench.Latencies;
import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.observability.LlmCallLog;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The time the agent layer adds to a turn when the model answers instantly: routing rules, the
 * memory window, the tools, the trace row of every call. Not a test: {@code bench/agent.sh} runs it
 * against the application context (embedded default, in-memory database, test profile) and
 * rewrites the agent section of {@code docs/benchmarks.md}. Options: {@code --out FILE},
 * {@code --quick}.
 */
final class AgentLayerBench {

  private static final double TARGET_MILLIS = 5;
  private static final int CONVERSATIONS = 200;

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    int out = options.indexOf("--out");
    int scale = options.contains("--quick") ? 10 : 1;
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadBefore = BenchDoc.loadAverage();
    log("starting the application context (test profile, in-memory database)");
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(XSevenApplication.class)
        .profiles("test")
        .properties("server.port=0", "logging.level.root=warn")
        .run()) {
      String report = run(app, scale, started, loadBefore);
      if (out >= 0) {
        BenchDoc.replaceSection(Path.of(options.get(out + 1)), "agent", report);
      }
      System.out.println(report);
    }
  }

  private static String run(ConfigurableApplicationContext app, int scale, Instant started,
      String loadBefore) {
    InstantModel instant = new InstantModel();
    ModelTiers tiers = new ModelTiers(List.of(
        new ModelTier("small", "bench", "instant", instant, BigDecimal.ONE, BigDecimal.ONE),
        new ModelTier("large", "bench", "instant", instant, BigDecimal.ONE, BigDecimal.ONE),
        new ModelTier(ModelTier.OFFLINE, ModelTier.OFFLINE, "instant", instant, BigDecimal.ZERO,
            BigDecimal.ZERO)),
        List.of("large", "small", "offline"));
    RoutedChatModel routed = new RoutedChatModel(tiers, app.getBean(ModelRouting.class),
        app.getBean(LlmCallLog.class), app.getBean(Clock.class));
    ChatMemoryStore memory = app.getBean(ChatMemoryStore.class);
    AgentTools tools = app.getBean(AgentTools.class);
    BusinessAgent throughRouter = new BusinessAgent(routed, memory, tools);
    BusinessAgent direct = new BusinessAgent(instant, memory, tools);
    AgentProfiles profiles = app.getBean(AgentProfiles.class);
    List<BusinessProfile> businesses = app.getBean(BusinessService.class).list();

    List<AgentTurn> plain = turns(businesses, profiles, List.of("openingHours", "catalog",
        "contactDetails"));
    Duration warmUp = Duration.ofSeconds(scale == 1 ? 8 : 2);
    int calls = 20_000 / scale;
    List<Latencies> rows = new ArrayList<>();
    rows.add(measure("instant model alone (`chat`, no agent)", plain,
        turn -> instant.chat(ChatRequest.builder().messages(
            dev.langchain4j.data.message.UserMessage.from("What are your opening hours?"))
            .build()), warmUp, calls, 1));
    rows.add(measure("agent, no tool, model direct (memory, prompt, tool list)", plain,
        turn -> direct.reply(turn, "Hello there"), warmUp, calls, 1));
    rows.add(measure("agent, no tool, through the router (+ routing rules, trace row)", plain,
        turn -> throughRouter.reply(turn, "Hello there"), warmUp, calls, 1));
    rows.add(measure("agent, one tool round trip (`openingHours`), model direct", plain,
        turn -> direct.reply(turn, InstantModel.ASK_HOURS), warmUp, calls, 1));
    rows.add(measure("agent, one tool round trip (`openingHours`), through the router", plain,
        turn -> throughRouter.reply(turn, InstantModel.ASK_HOURS), warmUp, calls, 1));
    rows.add(measure("agent, one tool round trip, through the router", plain,
        turn -> throughRouter.reply(turn, InstantModel.ASK_HOURS), warmUp, calls / 2, 2));
    String loadAfter = BenchDoc.loadAverage();

    StringBuilder out = new StringBuilder();
    out.append("## Agent layer overhead (").append(started).append(")\n\n");
    out.append("Machine: ").append(BenchDoc.machine()).append(". Load average (1 / 5 / 15 min) ")
        .append("at the start ").append(loadBefore).append(", at the end ").append(loadAfter)
        .append("; the cores are shared with other builds.\n\n");
    out.append("Method: `AgentLayerBench` (run by `bench/agent.sh`) starts the application "
        + "context (embedded default, in-memory H2, test profile) and runs `BusinessAgent` with a "
        + "chat model that answers at once (a tool call when the message asks for the hours, "
        + "then the tool's result as the reply). \"Through the router\" is `RoutedChatModel` "
        + "with the shipped `model-routing` rules, the month's spend of the business read for "
        + "the budget rules, and one `llm_call` row per model call. The memory store is the "
        + "in-process one; the turns rotate over " + CONVERSATIONS + " conversations of the "
        + "three demo businesses, so memory windows are full (20 messages). The tool reads the "
        + "opening hours from the database. Each figure is one `reply` timed with "
        + "`System.nanoTime()` after a warm-up.\n\n");
    out.append("| target | threads | measured p99 | verdict |\n|---|--:|--:|---|\n");
    for (Latencies row : rows.subList(2, rows.size())) {
      double p99 = row.percentile(99) / 1e6;
      out.append(String.format(Locale.ROOT, "| %s: p99 ≤ %.0f ms | %d | %.2f ms | %s |%n",
          row.label(), TARGET_MILLIS, row.threads(), p99,
          p99 <= TARGET_MILLIS ? "met" : "**missed**"));
    }
    out.append("\n| what | threads | calls | p50 (ms) | p99 (ms) | p99.9 (ms) | max (ms) | "
        + "calling thread CPU p50 / p99 (ms) | calls/s | cores busy | GCs (ms) |\n"
        + "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (Latencies row : rows) {
      out.append(String.format(Locale.ROOT,
          "| %s | %d | %,d | %.3f | %.3f | %s | %.2f | %.3f / %.3f | %,.0f | %.2f | %d (%d) |%n",
          row.label(), row.threads(), row.count(), row.percentile(50) / 1e6,
          row.percentile(99) / 1e6,
          row.count() >= 10_000 ? String.format(Locale.ROOT, "%.2f", row.percentile(99.9) / 1e6)
              : "–",
          row.max() / 1e6, row.cpuPercentile(50) / 1e6, row.cpuPercentile(99) / 1e6,
          row.perSecond(), row.cpuCores(), row.gcCount(), row.gcMillis()));
    }
    return out.toString();
  }

  private static List<AgentTurn> turns(List<BusinessProfile> businesses, AgentProfiles profiles,
      List<String> tools) {
    List<AgentTurn> turns = new ArrayList<>();
    for (int i = 0; i < CONVERSATIONS; i++) {
      BusinessProfile business = businesses.get(i % businesses.size());
      AgentProfile profile = profiles.choose(null, "dedicated", business);
      LlmCallContext call = new LlmCallContext(UUID.randomUUID().toString(), "Task_AnswerQuestion",
          business.id(), business.kind(), "dedicated", Intent.Kind.QUESTION, 28, 1);
      turns.add(new AgentTurn(call, business, "dedicated", "bench", "bench", profile, tools,
          profile.memoryWindow(), null, java.util.Map.of(), java.util.Map.of()));
    }
    return turns;
  }

  private static <T> Latencies measure(String label, List<T> inputs, Function<T, ?> operation,
      Duration warmUp, int calls, int threads) {
    log(label + ", " + threads + " thread(s)");
    return Latencies.measure(label, inputs, operation, warmUp, calls, threads, true);
  }

  private static void log(String text) {
    System.err.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + text);
  }

  /** Answers at once: the hours tool for {@link #ASK_HOURS}, then its result; else a greeting. */
  static final class InstantModel implements ChatModel {
    static final String ASK_HOURS = "When are you open?";
    private static final AiMessage CALL_HOURS = AiMessage.from(List.of(ToolExecutionRequest
        .builder().id("call-1").name(BusinessTools.OPENING_HOURS).arguments("{}").build()));

    @Override
    public ChatResponse doChat(ChatRequest request) {
      var messages = request.messages();
      var last = messages.get(messages.size() - 1);
      AiMessage answer;
      if (last instanceof ToolExecutionResultMessage result) {
        answer = AiMessage.from(result.text());
      } else if (last instanceof dev.langchain4j.data.message.UserMessage user
          && ASK_HOURS.equals(user.singleText())) {
        answer = CALL_HOURS;
      } else {
        answer = AiMessage.from("Hello! How can I help you today?");
      }
      return ChatResponse.builder().aiMessage(answer).modelName("instant").build();
    }
  }
}
