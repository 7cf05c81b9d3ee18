package ai.xseven.guardrail;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.List;

/**
 * How close a message is in meaning to known attacks, to off-topic requests and to ordinary
 * customer questions. The example lists are embedded once, at start-up; a message costs one
 * embedding and a few hundred dot products.
 */
final class SemanticSimilarity {

  /** Longer messages are cut: the model reads 256 word pieces at most, and time grows with length. */
  static final int MAX_CHARS = 600;

  record Scores(double attack, String nearestAttack, double offTopic, double onTopic) {}

  private record Examples(List<String> texts, List<Embedding> embeddings) {

    Nearest nearest(Embedding message) {
      double best = 0;
      int index = -1;
      for (int i = 0; i < embeddings.size(); i++) {
        double similarity = CosineSimilarity.between(message, embeddings.get(i));
        if (similarity > best) {
          best = similarity;
          index = i;
        }
      }
      return new Nearest(best, index < 0 ? null : texts.get(index));
    }
  }

  private record Nearest(double similarity, String text) {}

  private final EmbeddingModel model;
  private final Examples attacks;
  private final Examples offTopic;
  private final Examples onTopic;

  SemanticSimilarity(EmbeddingModel model) {
    this.model = model;
    this.attacks = embed(model, "attack-examples.txt");
    this.offTopic = embed(model, "off-topic-examples.txt");
    this.onTopic = embed(model, "on-topic-examples.txt");
  }

  Scores measure(String normalised) {
    if (normalised.isBlank()) {
      return new Scores(0, null, 0, 0);
    }
    String input = normalised.length() > MAX_CHARS ? normalised.substring(0, MAX_CHARS) : normalised;
    Embedding message = model.embed(input).content();
    Nearest attack = attacks.nearest(message);
    return new Scores(attack.similarity(), attack.text(), offTopic.nearest(message).similarity(),
        onTopic.nearest(message).similarity());
  }

  private static Examples embed(EmbeddingModel model, String resource) {
    List<String> texts = GuardrailResources.lines(resource).stream()
        .map(TextNormaliser::normalise)
        .distinct()
        .toList();
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    return new Examples(texts, List.copyOf(model.embedAll(segments).content()));
  }
}
