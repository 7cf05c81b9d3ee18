package ai.xseven.plugin;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.security.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The plugins each business has allowed ({@code business_plugin}), with the business's name and
 * kind, cached per business because the runner asks for every task. A change on this node is
 * seen at once; one made on another node within {@code xseven.plugins.allow-list-refresh}.
 */
@Component
class AllowLists {

  private final JdbcClient jdbc;
  private final BusinessService businesses;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration refresh;
  private final Map<UUID, Snapshot> cache = new ConcurrentHashMap<>();

  AllowLists(JdbcClient jdbc, BusinessService businesses, AuditLog audit, Clock clock,
      @Value("${xseven.plugins.allow-list-refresh:PT5S}") Duration refresh) {
    this.jdbc = jdbc;
    this.businesses = businesses;
    this.audit = audit;
    this.clock = clock;
    this.refresh = refresh;
  }

  /** The business as the policy sees it; fresh from the database when {@code fresh}. */
  Snapshot of(UUID businessId, boolean fresh) {
    Instant now = clock.instant();
    Snapshot cached = cache.get(businessId);
    if (!fresh && cached != null && cached.loadedAt().plus(refresh).isAfter(now)) {
      return cached;
    }
    BusinessProfile business = businesses.find(businessId).orElse(null);
    Set<String> allowed = new TreeSet<>(jdbc.sql(
            "select plugin_id from business_plugin where business_id = ?")
        .param(businessId).query(String.class).list());
    Snapshot loaded = new Snapshot(business == null ? businessId.toString() : business.name(),
        business == null ? null : business.kind().name(), Set.copyOf(allowed), now);
    cache.put(businessId, loaded);
    return loaded;
  }

  /** Adds or removes a plugin; the caller's transaction also holds the audit entry. */
  void change(UUID businessId, String pluginId, boolean allowed, String actor) {
    if (allowed) {
      boolean present = jdbc.sql("select count(*) from business_plugin where business_id = ? "
              + "and plugin_id = ?").params(businessId, pluginId).query(Integer.class).single() > 0;
      if (!present) {
        jdbc.sql("insert into business_plugin (business_id, plugin_id, added_by, added_at) "
                + "values (?, ?, ?, ?)")
            .params(businessId, pluginId, actor, Timestamp.from(clock.instant())).update();
        audit.record(actor, "plugin.allowed", "business:" + businessId + "/plugin:" + pluginId,
            "Plugin " + pluginId + " added to the allow-list.");
      }
    } else if (jdbc.sql("delete from business_plugin where business_id = ? and plugin_id = ?")
        .params(businessId, pluginId).update() > 0) {
      audit.record(actor, "plugin.disallowed", "business:" + businessId + "/plugin:" + pluginId,
          "Plugin " + pluginId + " removed from the allow-list.");
    }
    cache.remove(businessId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // A reader between this change and its commit may have cached the old list again.
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          cache.remove(businessId);
        }
      });
    }
  }

  record Snapshot(String name, String kind, Set<String> allowed, Instant loadedAt) {}
}
