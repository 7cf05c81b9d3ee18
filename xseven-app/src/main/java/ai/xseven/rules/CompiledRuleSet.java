package ai.xseven.rules;

import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.KieSession;

/**
 * One version of a rule set, compiled and ready: sessions come from a pool because building a
 * session costs more than evaluating a message.
 *
 * @param factTypes the DRL's imports by simple name, so scenarios can say {@code BookingCheck}
 */
record CompiledRuleSet(String name, int version, KieBase kieBase, KieSessionsPool pool,
    Map<String, Class<?>> factTypes) {

  KieSession session() {
    return pool.newKieSession();
  }

  void close() {
    pool.shutdown();
  }
}
