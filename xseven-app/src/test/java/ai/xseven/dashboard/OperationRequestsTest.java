package ai.xseven.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.xseven.agent.IntentClassifier;
import ai.xseven.business.CatalogEntry;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The owner's instructions about orders and bookings, and that other requests keep their route. */
class OperationRequestsTest {

  private static OwnerRequests requests;

  @BeforeAll
  static void requests() {
    requests = new OwnerRequests(new IntentClassifier(new AllMiniLmL6V2EmbeddingModel()));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      accept order 3f2a9c1d                              | accept
      Accept Ana's order                                 | accept
      reject the order for Bo                            | reject
      we started preparing Ana's order                   | start-preparing
      order for Ana is ready                             | ready
      Ana's order is ready                               | ready
      mark order 3f2a9c1d as ready                       | ready
      Ana picked up her order                            | picked-up
      the order for Bo was delivered                     | delivered
      check in Ana                                       | check-in
      Ana Lopez has arrived                              | check-in
      Bo is here                                         | check-in
      cancel Ana's booking                               | cancel-booking
      cancel the reservation of Bo Chen                  | cancel-booking
      cancel Ana's order                                 | cancel-order
      what orders are open?                              | open-orders
      any new orders?                                    | open-orders
      is Ana's order ready?                              | open-orders
      """)
  void readsTheOperation(String message, String operation) {
    assertThat(OperationRequests.read(message, CatalogNames.normalise(message)))
        .map(OwnerRequest.Operation::operation).contains(operation);
  }

  @Test
  void keepsTheOwnersReasonInTheirOwnWords() {
    assertThat(OperationRequests.read("Reject Ana's order because we're out of burrata tonight.",
        CatalogNames.normalise("Reject Ana's order because we're out of burrata tonight.")))
        .contains(new OwnerRequest.Operation("reject", "we're out of burrata tonight"));
    assertThat(OperationRequests.read("accept order 3f2a9c1d",
        CatalogNames.normalise("accept order 3f2a9c1d")))
        .contains(new OwnerRequest.Operation("accept", null));
  }

  @Test
  void leavesOtherRequestsToTheirOwnRoutes() {
    List<CatalogEntry> catalog = List.of(new CatalogEntry(UUID.randomUUID(), "Starters",
        "Burrata", "", 1300, "USD", null));
    LocalDate today = LocalDate.of(2031, 11, 24);

    assertThat(requests.read("what bookings do we have on Friday?", false, catalog, List.of(),
        today)).isInstanceOf(OwnerRequest.Bookings.class);
    assertThat(requests.read("set the Burrata to $15", false, catalog, List.of(), today))
        .isInstanceOf(OwnerRequest.Change.class);
    assertThat(requests.read("remove the burrata", false, catalog, List.of(), today))
        .isInstanceOf(OwnerRequest.Change.class);
    assertThat(requests.read("how much is the lasagna?", false, catalog, List.of(), today))
        .isInstanceOf(OwnerRequest.Question.class);
    assertThat(requests.read("cancel Ana's booking because she called", false, catalog,
        List.of(), today))
        .isEqualTo(new OwnerRequest.Operation("cancel-booking", "she called"));
    assertThat(OperationRequests.read("hello", "hello")).isEqualTo(Optional.empty());
  }
}
