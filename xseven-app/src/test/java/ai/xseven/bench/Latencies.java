package ai.xseven.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Latency of one operation, timed call by call with {@link System#nanoTime()}: a warm-up for the
 * JIT, then a fixed number of calls per thread, all threads released together. Percentiles come
 * from the sorted samples (nearest rank), so p99.9 needs at least a thousand of them to mean much.
 *
 * @param sortedCpuNanos the calling thread's CPU time per call, when asked for: unlike the wall
 *     time it leaves out waiting for a core that another process holds; empty when not measured
 * @param cpuCores process CPU time over wall time while measuring: how many cores the work (with
 *     its JIT, GC and any native thread pools) kept busy
 */
public record Latencies(String label, int threads, long[] sortedNanos, long[] sortedCpuNanos,
    long wallNanos, double cpuCores, long gcCount, long gcMillis) {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static volatile int sink;

  /**
   * Runs {@code operation} over {@code inputs}, cycling; each thread starts at its own offset so
   * two threads are not fed the same input at the same moment.
   */
  public static <T> Latencies measure(String label, List<T> inputs, Function<T, ?> operation,
      Duration warmUp, int callsPerThread, int threads, boolean cpuPerCall) {
    run(inputs, operation, threads, Long.MAX_VALUE, warmUp.toNanos(), null, null);
    long[][] samples = new long[threads][callsPerThread];
    long[][] cpuSamples = new long[threads][cpuPerCall ? callsPerThread : 0];
    long gcCountBefore = totalGcCount();
    long gcMillisBefore = totalGcMillis();
    long cpuBefore = processCpuNanos();
    long wall = run(inputs, operation, threads, callsPerThread, Long.MAX_VALUE, samples,
        cpuPerCall ? cpuSamples : null);
    long cpu = processCpuNanos() - cpuBefore;
    return new Latencies(label, threads, sorted(samples), sorted(cpuSamples), wall,
        cpu < 0 ? Double.NaN : (double) cpu / wall,
        totalGcCount() - gcCountBefore, totalGcMillis() - gcMillisBefore);
  }

  /** Wall time from releasing the threads until the last one has finished. */
  private static <T> long run(List<T> inputs, Function<T, ?> operation, int threads, long calls,
      long budgetNanos, long[][] samples, long[][] cpuSamples) {
    CountDownLatch start = new CountDownLatch(1);
    Thread[] workers = new Thread[threads];
    RuntimeException[] failure = new RuntimeException[1];
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers[t] = new Thread(() -> {
        try {
          start.await();
          long deadline = System.nanoTime() + budgetNanos;
          int next = thread * inputs.size() / threads;
          int seen = 0;
          for (long i = 0; i < calls && (budgetNanos == Long.MAX_VALUE
              || System.nanoTime() < deadline); i++) {
            T input = inputs.get(next);
            next = next + 1 == inputs.size() ? 0 : next + 1;
            long cpuBegan = cpuSamples == null ? 0 : THREADS.getCurrentThreadCpuTime();
            long began = System.nanoTime();
            Object result = operation.apply(input);
            long took = System.nanoTime() - began;
            if (samples != null) {
              samples[thread][(int) i] = took;
            }
            if (cpuSamples != null) {
              cpuSamples[thread][(int) i] = THREADS.getCurrentThreadCpuTime() - cpuBegan;
            }
            seen += result == null ? 0 : 1;
          }
          sink += seen;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          failure[0] = e;
        }
      }, "bench-" + thread);
      workers[t].start();
    }
    long began = System.nanoTime();
    start.countDown();
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    long wall = System.nanoTime() - began;
    if (failure[0] != null) {
      throw failure[0];
    }
    return wall;
  }

  public int count() {
    return sortedNanos.length;
  }

  /** Nearest-rank percentile in nanoseconds. */
  public long percentile(double p) {
    return nearestRank(sortedNanos, p);
  }

  /** Nearest-rank percentile of the per-call CPU time; -1 when it was not measured. */
  public long cpuPercentile(double p) {
    return sortedCpuNanos.length == 0 ? -1 : nearestRank(sortedCpuNanos, p);
  }

  public long max() {
    return sortedNanos[sortedNanos.length - 1];
  }

  public double perSecond() {
    return sortedNanos.length / (wallNanos / 1e9);
  }

  private static long nearestRank(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static long[] sorted(long[][] perThread) {
    return Arrays.stream(perThread).flatMapToLong(Arrays::stream).sorted().toArray();
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long totalGcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }

  private static long totalGcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }
}
