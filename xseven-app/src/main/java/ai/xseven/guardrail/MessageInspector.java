package ai.xseven.guardrail;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Runs every input detector once, before the rules: the rules in
 * {@code rules/input-guardrails.drl} then only compare the measured numbers and signals, which keeps
 * them fast and lets analysts move thresholds without touching Java.
 */
@Component
class MessageInspector {

  private final AttackSignals signals = new AttackSignals();
  private final AbusiveTerms abusiveTerms = new AbusiveTerms();
  private final SemanticSimilarity similarity;

  MessageInspector(EmbeddingModel model) {
    this.similarity = new SemanticSimilarity(model);
  }

  Inspection inspect(String text, String channel, String businessKind, String businessName) {
    String original = text == null ? "" : text;
    String normalised = TextNormaliser.normalise(original);
    List<PersonalDataSpan> personalData = PersonalDataDetector.find(original);
    Set<String> kinds = new LinkedHashSet<>();
    personalData.forEach(span -> kinds.add(span.kind()));
    SemanticSimilarity.Scores scores = similarity.measure(normalised);
    InboundMessage fact = new InboundMessage(original, normalised, channel, businessKind,
        businessName, original.length(), signals.find(original, normalised), scores.attack(),
        scores.nearestAttack(), scores.offTopic(), kinds, abusiveTerms.count(normalised),
        scores.onTopic());
    return new Inspection(fact, personalData);
  }
}
