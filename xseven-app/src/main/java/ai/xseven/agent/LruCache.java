package ai.xseven.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small thread-safe least-recently-used cache; enough where Caffeine would be overkill. */
final class LruCache<K, V> {

  private final Map<K, V> entries;

  LruCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * Returns the cached value or computes it outside the lock, so a slow computation does not block
   * other readers; two threads may then compute the same value once each, which is harmless here.
   */
  V get(K key, Function<K, V> compute) {
    synchronized (entries) {
      V cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    V value = compute.apply(key);
    synchronized (entries) {
      entries.put(key, value);
    }
    return value;
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
