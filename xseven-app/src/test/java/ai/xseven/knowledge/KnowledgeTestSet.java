package ai.xseven.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The small document set the tests ship (src/test/resources/knowledge/): a bistro and a spa, in
 * Markdown, plain text and a PDF written by the test, with questions whose answer is known.
 */
final class KnowledgeTestSet {

  private KnowledgeTestSet() {}

  static final String DOGS = "Dog policy";
  static final String WIFI = "Wi-Fi and charging";
  static final String SAUNA = "Sauna rules";
  static final String MEMBERSHIP = "Membership";
  static final String VOUCHERS = "Gift vouchers";

  static List<DocumentUpload> bistro() {
    return List.of(
        new DocumentUpload(null, "text/markdown", "dogs.md", resource("test-bistro/dogs.md")),
        new DocumentUpload(WIFI, "text/plain", "wifi.txt", resource("test-bistro/wifi.txt")));
  }

  static List<DocumentUpload> spa() {
    return List.of(
        new DocumentUpload(null, "text/markdown", "sauna.md", resource("test-spa/sauna.md")),
        new DocumentUpload(null, null, "membership.md", resource("test-spa/membership.md")),
        new DocumentUpload(null, "application/pdf", "vouchers.pdf", vouchersPdf()));
  }

  static byte[] vouchersPdf() {
    return TestPdfs.pdf(VOUCHERS,
        new String[] {"Gift vouchers for a spa day can be bought at the reception.",
            "A voucher is valid for two years from the date of purchase."},
        new String[] {"Vouchers cannot be exchanged for cash."});
  }

  /** A question and the title of the document that answers it. */
  record Question(String text, String answeredBy) {}

  static final List<Question> BISTRO_QUESTIONS = List.of(
      new Question("Can I bring my dog?", DOGS),
      new Question("Are pets allowed inside the restaurant?", DOGS),
      new Question("What is the wifi password?", WIFI),
      new Question("Is there somewhere to charge my laptop?", WIFI));

  static final List<Question> SPA_QUESTIONS = List.of(
      new Question("Do I need to bring my own towel for the sauna?", SAUNA),
      new Question("How long should I stay in the sauna?", SAUNA),
      new Question("How do I cancel my membership?", MEMBERSHIP),
      new Question("Can I pause my membership while I travel?", MEMBERSHIP),
      new Question("How long is a gift voucher valid?", VOUCHERS));

  /** Questions that no document of either business answers. */
  static final List<String> UNRELATED = List.of(
      "What is the capital of France?",
      "Who won the football match last night?",
      "How do I reset my car's oil change light?",
      "Tell me a joke about penguins");

  private static byte[] resource(String path) {
    try (InputStream in = KnowledgeTestSet.class.getResourceAsStream("/knowledge/" + path)) {
      if (in == null) {
        throw new IllegalStateException("Missing test document " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
