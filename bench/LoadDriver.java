import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Open-loop load driver for X-Seven: chat turns through the public API versus bare Camunda message
 * correlations ({@code /api/bench/correlation}, present with {@code xseven.bench.enabled=true}),
 * at the same arrival rate and number of open conversations. JDK only; run with
 *
 * <pre>java bench/LoadDriver.java --base http://localhost:8080 --n 100,1000 --out docs/benchmarks.md</pre>
 *
 * Every loop is bounded in count and time, and only a loopback --base is accepted.
 */
public class LoadDriver {

  static final String USAGE =
      """
      usage: java bench/LoadDriver.java [options]
        --base URL             loopback base URL of the app        (default http://localhost:8080)
        --n LIST               open conversations per run           (default 100,1000,10000)
        --rate R               target turns per second, open loop   (default 100)
        --duration S           measured seconds per run             (default 60)
        --warmup S             unmeasured seconds before each run   (default 5)
        --active K             drive only the first K of the N conversations, 0 = all (default 0)
        --max-in-flight M      outstanding requests bound           (default 256)
        --threads T            HttpClient executor threads          (default 64)
        --timeout S            per-request timeout                  (default 30)
        --create-concurrency C concurrent conversation creations    (default 32)
        --skip-bare            do not measure the bare correlation floor
        --seed X               random seed for scripts              (default 42)
        --out FILE             also write the report section into FILE (replacing an earlier one)
      """;

  static final String BEGIN = "<!-- bench:begin -->";
  static final String END = "<!-- bench:end -->";

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.print(USAGE);
      return;
    }
    Options opt;
    try {
      opt = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(opt.threads);
    try {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance on every connection
              .connectTimeout(Duration.ofSeconds(5))
              .executor(pool)
              .build();
      String report = new LoadDriver(opt, http).run();
      System.out.println(report);
      if (opt.out != null) writeSection(opt.out, report);
    } catch (IOException | IllegalStateException e) {
      log("failed: " + e + " (is the app running at " + opt.base + "?)");
      System.exit(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private final Options opt;
  private final HttpClient http;
  private final Random random;

  LoadDriver(Options opt, HttpClient http) {
    this.opt = opt;
    this.http = http;
    this.random = new Random(opt.seed);
  }

  String run() throws Exception {
    List<Business> businesses = loadBusinesses();
    log("businesses: " + businesses.stream().map(b -> b.name).collect(Collectors.joining(", ")));
    List<String> sections = new ArrayList<>();
    for (int n : opt.ns) {
      Target chat = new ChatTarget(businesses);
      Result app = measure(chat, n);
      Result bare = opt.skipBare ? null : measure(new BareTarget(), n);
      sections.add(Report.table(n, app, bare));
    }
    return Report.section(opt, businesses, sections);
  }

  /** Opens n conversations, warms up, then drives turns for the measured duration. */
  Result measure(Target target, int n) throws InterruptedException {
    log(target.label() + ": opening " + n + " conversations");
    Stats creation = new Stats(n);
    List<Conv> convs = create(target, n, creation);
    int active = opt.active > 0 ? Math.min(opt.active, convs.size()) : convs.size();
    List<Conv> driven = convs.subList(0, active);
    if (opt.warmupSeconds > 0) {
      log(target.label() + ": warm-up " + opt.warmupSeconds + " s");
      drive(target, driven, opt.warmupSeconds);
    }
    log(target.label() + ": measuring " + opt.durationSeconds + " s at " + opt.rate + " turns/s");
    Stats turns = drive(target, driven, opt.durationSeconds);
    return new Result(convs.size(), active, creation, turns);
  }

  /** Bounded-concurrency creation; stops issuing new requests when the deadline passes. */
  List<Conv> create(Target target, int n, Stats stats) throws InterruptedException {
    List<Conv> convs = Collections.synchronizedList(new ArrayList<>(n));
    Semaphore permits = new Semaphore(opt.createConcurrency);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    long start = System.nanoTime();
    for (int i = 0; i < n && System.nanoTime() < deadline; i++) {
      permits.acquire();
      long sent = System.nanoTime();
      Conv conv = target.newConversation(random);
      http.sendAsync(target.createRequest(conv), HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (resp, err) -> {
                try {
                  int status = err == null ? resp.statusCode() : -1;
                  if (status / 100 == 2) {
                    conv.id = Objects.requireNonNull(target.idFrom(resp.body()), "reply has no id");
                    convs.add(conv);
                  }
                  stats.record(Kind.CREATE, System.nanoTime() - sent, status, err, body(resp));
                } catch (RuntimeException e) {
                  stats.record(Kind.CREATE, System.nanoTime() - sent, -1, e, null);
                } finally {
                  permits.release();
                }
              });
    }
    permits.tryAcquire(opt.createConcurrency, opt.timeoutSeconds + 5L, TimeUnit.SECONDS);
    stats.elapsedNanos = System.nanoTime() - start;
    synchronized (convs) {
      return new ArrayList<>(convs);
    }
  }

  /**
   * Open loop: arrival i is due at start + i/rate whether or not earlier turns have returned.
   * Each arrival takes an idle conversation (one turn in flight per conversation); with none idle
   * or the in-flight bound reached the arrival is skipped and counted, not queued. Latency runs
   * from the due time, so a late scheduler shows up in the figures instead of hiding.
   */
  Stats drive(Target target, List<Conv> convs, int seconds) throws InterruptedException {
    long total = (long) opt.rate * seconds;
    Stats stats = new Stats((int) total);
    ConcurrentLinkedQueue<Conv> idle = new ConcurrentLinkedQueue<>(convs);
    Semaphore inFlight = new Semaphore(opt.maxInFlight);
    long period = TimeUnit.SECONDS.toNanos(1) / opt.rate;
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * period;
      for (long wait; (wait = due - System.nanoTime()) > 0; ) LockSupport.parkNanos(wait);
      if (!inFlight.tryAcquire()) {
        stats.skippedInFlight++;
        continue;
      }
      Conv conv = idle.poll();
      if (conv == null) {
        inFlight.release();
        stats.skippedBusy++;
        continue;
      }
      Turn turn = target.nextTurn(conv, random);
      http.sendAsync(turn.request, HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (resp, err) -> {
                long latency = System.nanoTime() - due;
                try {
                  int status = err == null ? resp.statusCode() : -1;
                  if (status / 100 == 2 && target.advance(conv, turn.kind, resp.body())) {
                    stats.confirmed.increment();
                  }
                  stats.record(turn.kind, latency, status, err, body(resp));
                } catch (RuntimeException e) {
                  stats.record(turn.kind, latency, -1, e, null);
                } finally {
                  idle.offer(conv);
                  inFlight.release();
                }
              });
    }
    if (!inFlight.tryAcquire(opt.maxInFlight, opt.timeoutSeconds + 5L, TimeUnit.SECONDS)) {
      log(target.label() + ": some turns still outstanding after the drain; figures are partial");
    }
    stats.elapsedNanos = System.nanoTime() - start;
    return stats;
  }

  // ---------------------------------------------------------------- what is driven

  enum Kind {
    CREATE, GREETING, QUESTION, BOOKING, NAME, CONFIRM, DECLINE, CORRELATE
  }

  record Turn(Kind kind, HttpRequest request) {}

  /**
   * One conversation (or bare process instance). The scheduler and the reply callback touch it in
   * turn; the idle queue hands it over, so its fields need no locking.
   */
  static final class Conv {
    final Business business;
    String id;
    Kind next = Kind.GREETING; // CONFIRM stands for "answer yes or no"
    boolean confirming;

    Conv(Business business) {
      this.business = business;
    }
  }

  interface Target {
    String label();

    Conv newConversation(Random random);

    HttpRequest createRequest(Conv conv);

    String idFrom(String body);

    Turn nextTurn(Conv conv, Random random);

    /** Moves the script on after a 2xx reply; true when the turn confirmed a booking. */
    boolean advance(Conv conv, Kind kind, String body);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(opt.base.resolve(path))
        .timeout(Duration.ofSeconds(opt.timeoutSeconds))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  /**
   * The demo script: greeting, question, booking request (1–60 days ahead, within opening hours),
   * name, then confirm (~20 %) or decline (~80 %, so capacity lasts), and round again from a
   * question. Whenever the app says it is confirming, the next turn answers yes or no.
   */
  final class ChatTarget implements Target {
    private final List<Business> businesses;
    private int created;

    ChatTarget(List<Business> businesses) {
      this.businesses = businesses;
    }

    public String label() {
      return "chat";
    }

    public Conv newConversation(Random random) {
      return new Conv(businesses.get(created++ % businesses.size()));
    }

    public HttpRequest createRequest(Conv conv) {
      String body =
          "{\"businessId\":" + Json.write(conv.business.id) + ",\"channel\":\"dedicated\"}";
      return request("/api/v1/conversations").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public String idFrom(String body) {
      return Json.string(Json.parse(body), "conversationId");
    }

    public Turn nextTurn(Conv conv, Random random) {
      Kind kind = conv.confirming || conv.next == Kind.CONFIRM ? answer(random) : conv.next;
      String body =
          "{\"text\":"
              + Json.write(Script.text(kind, conv.business, random))
              + ",\"clientMessageId\":"
              + Json.write(UUID.randomUUID().toString())
              + "}";
      HttpRequest req =
          request("/api/v1/conversations/" + conv.id + "/messages")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      return new Turn(kind, req);
    }

    private Kind answer(Random random) {
      return random.nextInt(100) < 20 ? Kind.CONFIRM : Kind.DECLINE;
    }

    public boolean advance(Conv conv, Kind kind, String body) {
      Object reply = Json.parse(body);
      conv.confirming = "confirming".equalsIgnoreCase(Json.string(reply, "stage"));
      conv.next =
          switch (kind) {
            case GREETING -> Kind.QUESTION;
            case QUESTION -> Kind.BOOKING;
            case BOOKING -> Kind.NAME;
            case NAME -> Kind.CONFIRM;
            default -> Kind.QUESTION;
          };
      return kind == Kind.CONFIRM
          && reply instanceof Map<?, ?> m
          && m.get("workflowIds") instanceof List<?> ids
          && !ids.isEmpty();
    }
  }

  /** Bare engine floor: one process instance per conversation, one correlation per turn. */
  final class BareTarget implements Target {
    public String label() {
      return "bare";
    }

    public Conv newConversation(Random random) {
      return new Conv(null);
    }

    public HttpRequest createRequest(Conv conv) {
      return request("/api/bench/correlation").POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    public String idFrom(String body) {
      return Json.string(Json.parse(body), "key");
    }

    public Turn nextTurn(Conv conv, Random random) {
      HttpRequest req =
          request("/api/bench/correlation/" + conv.id)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      return new Turn(Kind.CORRELATE, req);
    }

    public boolean advance(Conv conv, Kind kind, String body) {
      return false;
    }
  }

  static final class Script {
    static final List<String> QUESTIONS =
        List.of("What are your opening hours?", "Where are you located?", "What do you offer?");
    static final List<String> FIRST = List.of("Ana", "Ben", "Chloe", "David", "Elena", "Farid");
    static final List<String> LAST = List.of("Lopez", "Smith", "Novak", "Rossi", "Okafor", "Kim");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);

    static String text(Kind kind, Business b, Random r) {
      return switch (kind) {
        case GREETING -> "Hi";
        case QUESTION -> pick(QUESTIONS, r);
        case BOOKING -> booking(b, r);
        case NAME -> "My name is " + pick(FIRST, r) + " " + pick(LAST, r);
        case CONFIRM -> "yes";
        case DECLINE -> "no";
        default -> throw new IllegalArgumentException(kind.name());
      };
    }

    static String booking(Business b, Random r) {
      LocalDate day = LocalDate.now();
      LocalTime[] hours = null;
      for (int tries = 0; tries < 20 && hours == null; tries++) {
        day = LocalDate.now().plusDays(1 + r.nextInt(60));
        hours = b.hours.get(day.getDayOfWeek());
      }
      if (hours == null) hours = new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(20, 0)};
      // Half-hour slots that still leave an hour before closing.
      long slots = Math.max(1, ChronoUnit.MINUTES.between(hours[0], hours[1].minusHours(1)) / 30 + 1);
      LocalTime time = hours[0].plusMinutes(30 * (long) r.nextInt((int) Math.min(slots, 48)));
      String when = "on " + DATE.format(day) + " at " + clock(time);
      return b.isRestaurant()
          ? "I'd like to book a table for " + (2 + r.nextInt(5)) + " " + when
          : "I want a " + pick(b.services, r) + " " + when;
    }

    static String clock(LocalTime t) {
      int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
      String suffix = t.getHour() < 12 ? "am" : "pm";
      return t.getMinute() == 0 ? h + suffix : h + ":" + String.format("%02d", t.getMinute()) + suffix;
    }

    static <T> T pick(List<T> list, Random r) {
      return list.get(r.nextInt(list.size()));
    }
  }

  // ---------------------------------------------------------------- businesses

  record Business(
      Object id, String name, String kind, List<String> services, Map<DayOfWeek, LocalTime[]> hours) {
    boolean isRestaurant() {
      return "RESTAURANT".equalsIgnoreCase(kind);
    }
  }

  List<Business> loadBusinesses() throws IOException, InterruptedException {
    HttpResponse<String> resp = get("/api/v1/businesses");
    if (resp.statusCode() != 200
        || !(Json.parse(resp.body()) instanceof List<?> list)
        || list.isEmpty()) {
      throw new IllegalStateException(
          "GET /api/v1/businesses gave no businesses: " + resp.statusCode() + " " + resp.body());
    }
    List<Business> result = new ArrayList<>();
    for (Object item : list) {
      Object id = ((Map<?, ?>) item).get("id");
      // Details carry the catalog and opening hours; the summary is enough if they fail.
      HttpResponse<String> detail = get("/api/v1/businesses/" + id);
      Object b = detail.statusCode() == 200 ? Json.parse(detail.body()) : item;
      result.add(
          new Business(id, Json.string(item, "name"), Json.string(item, "kind"), services(b), hours(b)));
    }
    return result;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static List<String> services(Object business) {
    List<String> names = new ArrayList<>();
    if (business instanceof Map<?, ?> m && m.get("catalog") instanceof List<?> items) {
      for (Object item : items) {
        String name = Json.string(item, "name");
        if (name != null && !name.isBlank()) names.add(name.toLowerCase(Locale.ROOT));
      }
    }
    return names.isEmpty() ? List.of("haircut") : names;
  }

  static Map<DayOfWeek, LocalTime[]> hours(Object business) {
    Map<DayOfWeek, LocalTime[]> hours = new EnumMap<>(DayOfWeek.class);
    if (business instanceof Map<?, ?> m && m.get("openingHours") instanceof List<?> days) {
      for (Object d : days) {
        try {
          Object dow = ((Map<?, ?>) d).get("dayOfWeek");
          DayOfWeek day =
              dow instanceof Number num
                  ? DayOfWeek.of(num.intValue())
                  : DayOfWeek.valueOf(String.valueOf(dow).toUpperCase(Locale.ROOT));
          LocalTime opens = LocalTime.parse(Json.string(d, "opens"));
          LocalTime closes = LocalTime.parse(Json.string(d, "closes"));
          if (closes.isAfter(opens.plusHours(1))) hours.put(day, new LocalTime[] {opens, closes});
        } catch (RuntimeException e) {
          // An unreadable entry just leaves that day to the default hours.
        }
      }
    }
    return hours;
  }

  // ---------------------------------------------------------------- measurements

  static String body(HttpResponse<String> resp) {
    return resp == null ? null : resp.body();
  }

  /** All latencies of one run, kept whole (no HdrHistogram in the JDK) and sorted at the end. */
  static final class Stats {
    final long[] nanos;
    final byte[] kinds;
    int count;
    long skippedBusy;
    long skippedInFlight;
    long transportErrors;
    long elapsedNanos;
    final LongAdder confirmed = new LongAdder();
    final Map<Integer, Integer> errorStatuses = new TreeMap<>();
    final Map<String, Integer> errorSamples = new LinkedHashMap<>();

    Stats(int capacity) {
      nanos = new long[capacity];
      kinds = new byte[capacity];
    }

    synchronized void record(Kind kind, long latency, int status, Throwable err, String body) {
      if (count < nanos.length) {
        nanos[count] = latency;
        kinds[count++] = (byte) kind.ordinal();
      }
      if (err != null) {
        transportErrors++;
        sample(err.getClass().getSimpleName() + ": " + err.getMessage());
      } else if (status / 100 != 2) {
        errorStatuses.merge(status, 1, Integer::sum);
        Object detail = body == null ? null : Json.string(Json.tryParse(body), "detail");
        sample(status + " " + (detail != null ? detail : abbreviate(body)));
      }
    }

    private void sample(String text) {
      if (errorSamples.size() < 5 || errorSamples.containsKey(text)) {
        errorSamples.merge(text, 1, Integer::sum);
      }
    }

    synchronized int errors() {
      return errorStatuses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Latencies in milliseconds, sorted, optionally only one kind of turn. */
    synchronized double[] sortedMillis(Kind only) {
      return IntStream.range(0, count)
          .filter(i -> only == null || kinds[i] == only.ordinal())
          .mapToDouble(i -> nanos[i] / 1e6)
          .sorted()
          .toArray();
    }

    static double percentile(double[] sorted, double q) {
      if (sorted.length == 0) return Double.NaN;
      int rank = (int) Math.ceil(q * sorted.length);
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String abbreviate(String s) {
      if (s == null) return "";
      String flat = s.replaceAll("\\s+", " ").trim();
      return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
  }

  record Result(int opened, int active, Stats creation, Stats turns) {
    long ok() {
      return turns.count - turns.errors() - turns.transportErrors;
    }

    double turnsPerSecond() {
      return ok() / (turns.elapsedNanos / 1e9);
    }
  }

  // ---------------------------------------------------------------- report

  static final class Report {
    static String section(Options opt, List<Business> businesses, List<String> tables) {
      var os = ManagementFactory.getOperatingSystemMXBean();
      long memory =
          os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
      StringBuilder md = new StringBuilder();
      md.append(BEGIN).append("\n## Load benchmark (")
          .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(")\n\n");
      md.append(String.format(Locale.ROOT,
          "Machine: %d CPUs (`nproc`), %.1f GiB memory, %s %s %s; Java %s (%s). "
              + "The driver runs on the same machine as the app.%n%n",
          Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024),
          os.getName(), os.getVersion(), os.getArch(),
          System.getProperty("java.version"), System.getProperty("java.vm.name")));
      md.append(String.format(Locale.ROOT,
          "Parameters: target %d turns/s, open loop; %d s measured after %d s warm-up; at most %d "
              + "requests in flight, one per conversation; %d client threads; request timeout %d s; "
              + "seed %d; base %s. Conversations spread over: %s.%n%n",
          opt.rate, opt.durationSeconds, opt.warmupSeconds, opt.maxInFlight, opt.threads,
          opt.timeoutSeconds, opt.seed, opt.base,
          businesses.stream().map(b -> b.name).collect(Collectors.joining(", "))));
      md.append("Latency runs from each turn's scheduled send time to the full response. "
          + "\"bare\" correlates one message with a process that only waits again "
          + "(`/api/bench/correlation`): the engine floor under a chat turn.\n");
      tables.forEach(t -> md.append('\n').append(t));
      return md.append(END).append('\n').toString();
    }

    static String table(int n, Result app, Result bare) {
      StringBuilder md = new StringBuilder();
      md.append("### N = ").append(n).append(" conversations\n\n");
      md.append("| | chat turn (app) | bare correlation | app / bare |\n|---|--:|--:|--:|\n");
      row(md, "conversations opened / driven", app, bare,
          r -> r.opened() + " / " + r.active(), null);
      row(md, "creation p50 / p95 / max (ms)", app, bare, r -> {
        double[] c = r.creation().sortedMillis(null);
        return ms(Stats.percentile(c, .5)) + " / " + ms(Stats.percentile(c, .95)) + " / "
            + ms(Stats.percentile(c, 1));
      }, null);
      row(md, "creation failures", app, bare,
          r -> String.valueOf(r.creation().errors() + r.creation().transportErrors), null);
      row(md, "turns completed", app, bare, r -> String.valueOf(r.turns().count), null);
      row(md, "achieved turns/s (2xx)", app, bare,
          r -> String.format(Locale.ROOT, "%.1f", r.turnsPerSecond()), null);
      row(md, "errors (non-2xx)", app, bare, r -> String.valueOf(r.turns().errors()), null);
      row(md, "failures (timeout, connection, unreadable reply)", app, bare,
          r -> String.valueOf(r.turns().transportErrors), null);
      row(md, "skipped arrivals (all busy / in-flight cap)", app, bare,
          r -> r.turns().skippedBusy + " / " + r.turns().skippedInFlight, null);
      for (double q : new double[] {.5, .95, .99, 1}) {
        String label = q == 1 ? "max (ms)" : "p" + Math.round(q * 100) + " (ms)";
        row(md, label, app, bare, r -> ms(Stats.percentile(r.turns().sortedMillis(null), q)), q);
      }
      md.append('\n');

      md.append("Chat turns by kind:\n\n| kind | count | p50 (ms) | p95 (ms) | p99 (ms) |\n")
          .append("|---|--:|--:|--:|--:|\n");
      for (Kind kind : Kind.values()) {
        double[] l = app.turns().sortedMillis(kind);
        if (l.length == 0) continue;
        md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n",
            kind.name().toLowerCase(Locale.ROOT), l.length, ms(Stats.percentile(l, .5)),
            ms(Stats.percentile(l, .95)), ms(Stats.percentile(l, .99))));
      }
      md.append("\nBookings confirmed: ").append(app.turns().confirmed.sum()).append(".\n");
      errors(md, "chat", app);
      if (bare != null) errors(md, "bare", bare);
      return md.append('\n').toString();
    }

    static void row(StringBuilder md, String label, Result app, Result bare,
        Function<Result, String> cell, Double ratioAt) {
      String ratio = "";
      if (ratioAt != null && bare != null && ratioAt < 1) {
        double a = Stats.percentile(app.turns().sortedMillis(null), ratioAt);
        double b = Stats.percentile(bare.turns().sortedMillis(null), ratioAt);
        ratio = b > 0 ? String.format(Locale.ROOT, "%.1f×", a / b) : "";
      }
      md.append("| ").append(label).append(" | ").append(cell.apply(app)).append(" | ")
          .append(bare == null ? "–" : cell.apply(bare)).append(" | ").append(ratio).append(" |\n");
    }

    static void errors(StringBuilder md, String label, Result r) {
      errors(md, label + " creation", r.creation());
      errors(md, label + " turn", r.turns());
    }

    static void errors(StringBuilder md, String label, Stats stats) {
      if (stats.errorSamples.isEmpty()) return;
      md.append('\n').append(label).append(" failures, by status ").append(stats.errorStatuses)
          .append(", first kinds seen:\n");
      stats.errorSamples.forEach((text, count) -> md.append("- ").append(count).append("× `")
          .append(text.replace('`', '\'').replace('|', '/')).append("`\n"));
    }

    static String ms(double v) {
      return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }
  }

  /** Replaces the section between the markers, or appends it when the file has none. */
  static void writeSection(Path file, String section) throws IOException {
    String old = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
    int from = old.indexOf(BEGIN);
    int to = old.indexOf(END);
    String updated =
        from >= 0 && to > from
            ? old.substring(0, from) + section.strip() + old.substring(to + END.length())
            : old.stripTrailing() + "\n\n" + section;
    if (file.getParent() != null) Files.createDirectories(file.getParent());
    Files.writeString(file, updated);
    log("wrote " + file);
  }

  static void log(String line) {
    System.err.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
  }

  // ---------------------------------------------------------------- options

  record Options(
      URI base,
      List<Integer> ns,
      int rate,
      int durationSeconds,
      int warmupSeconds,
      int active,
      int maxInFlight,
      int threads,
      int timeoutSeconds,
      int createConcurrency,
      boolean skipBare,
      long seed,
      Path out) {

    static Options parse(String[] args) {
      Map<String, String> a = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String key = args[i];
        if (key.equals("--skip-bare")) {
          a.put(key, "true");
        } else if (key.startsWith("--") && i + 1 < args.length) {
          a.put(key, args[++i]);
        } else {
          throw new IllegalArgumentException("unknown or incomplete option: " + key);
        }
      }
      Options o =
          new Options(
              URI.create(a.getOrDefault("--base", "http://localhost:8080")),
              Arrays.stream(a.getOrDefault("--n", "100,1000,10000").split(","))
                  .map(String::trim)
                  .map(s -> bounded("--n", Integer.parseInt(s), 1, 100_000))
                  .toList(),
              bounded("--rate", a, "100", 1, 10_000),
              bounded("--duration", a, "60", 1, 3_600),
              bounded("--warmup", a, "5", 0, 600),
              bounded("--active", a, "0", 0, 100_000),
              bounded("--max-in-flight", a, "256", 1, 10_000),
              bounded("--threads", a, "64", 1, 512),
              bounded("--timeout", a, "30", 1, 300),
              bounded("--create-concurrency", a, "32", 1, 1_000),
              a.containsKey("--skip-bare"),
              Long.parseLong(a.getOrDefault("--seed", "42")),
              a.containsKey("--out") ? Path.of(a.get("--out")) : null);
      if ((long) o.rate * o.durationSeconds > 5_000_000) {
        throw new IllegalArgumentException("--rate × --duration must stay under 5,000,000 turns");
      }
      a.keySet().removeAll(KNOWN);
      if (!a.isEmpty()) throw new IllegalArgumentException("unknown option: " + a.keySet());
      requireLoopback(o.base);
      return o;
    }

    static final List<String> KNOWN =
        List.of("--base", "--n", "--rate", "--duration", "--warmup", "--active", "--max-in-flight",
            "--threads", "--timeout", "--create-concurrency", "--skip-bare", "--seed", "--out");

    static int bounded(String name, Map<String, String> a, String fallback, int min, int max) {
      return bounded(name, Integer.parseInt(a.getOrDefault(name, fallback)), min, max);
    }

    static int bounded(String name, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be in " + min + ".." + max);
      }
      return value;
    }

    /** A load generator aimed at someone else's server is an attack; only loopback is allowed. */
    static void requireLoopback(URI base) {
      if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())
          || base.getHost() == null) {
        throw new IllegalArgumentException("--base must be an http(s) URL: " + base);
      }
      try {
        for (InetAddress address : InetAddress.getAllByName(base.getHost())) {
          if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException(
                "refusing non-loopback --base " + base + " (" + address.getHostAddress() + ")");
          }
        }
      } catch (java.net.UnknownHostException e) {
        throw new IllegalArgumentException("unknown host in --base: " + base.getHost());
      }
    }
  }

  // ---------------------------------------------------------------- JSON

  /** Just enough JSON for the replies this driver reads: objects, arrays, strings, numbers. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json p = new Json(text);
      Object value = p.value();
      p.space();
      if (p.i != text.length()) throw p.error("trailing characters");
      return value;
    }

    static Object tryParse(String text) {
      try {
        return parse(text);
      } catch (RuntimeException e) {
        return null;
      }
    }

    static String string(Object obj, String field) {
      return obj instanceof Map<?, ?> m && m.get(field) instanceof String v ? v : null;
    }

    static String write(Object value) {
      if (value instanceof Number) return value.toString();
      StringBuilder b = new StringBuilder("\"");
      for (char c : String.valueOf(value).toCharArray()) {
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> {
            if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
          }
        }
      }
      return b.append('"').toString();
    }

    private Object value() {
      space();
      if (i >= s.length()) throw error("unexpected end");
      char c = s.charAt(i);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      i++;
      space();
      if (peek('}')) return map;
      do {
        space();
        String key = string();
        space();
        expect(':');
        map.put(key, value());
        space();
      } while (peek(','));
      expect('}');
      return map;
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      i++;
      space();
      if (peek(']')) return list;
      do {
        list.add(value());
        space();
      } while (peek(','));
      expect(']');
      return list;
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '"') return b.toString();
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      }
      throw error("unterminated string");
    }

    private Object number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
      if (start == i) throw error("unexpected character");
      BigDecimal n = new BigDecimal(s.substring(start, i));
      return n.scale() <= 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
    }

    private Object literal(String word, Object value) {
      if (!s.startsWith(word, i)) throw error("unexpected character");
      i += word.length();
      return value;
    }

    private boolean peek(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) throw error("expected '" + c + "'");
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException("bad JSON at " + i + ": " + what);
    }
  }
}
