package ai.xseven.knowledge;

import static ai.xseven.DemoData.BELLA;
import static ai.xseven.DemoData.GLOW;
import static ai.xseven.DemoData.MARIOS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The documents API on the embedded default: upload, list, re-ingest, delete, search, refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KnowledgeApiIT {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  UUID bistro;
  UUID spa;

  @BeforeEach
  void openTwoBusinesses() {
    bistro = KnowledgeBusinesses.create(jdbc, "Test Bistro");
    spa = KnowledgeBusinesses.create(jdbc, "Test Spa");
  }

  @Test
  void anUploadedDocumentIsListedSearchedReIngestedAndDeleted() {
    ResponseEntity<JsonNode> uploaded = upload(HttpMethod.POST, documents(bistro),
        "dogs.md", "text/markdown", KnowledgeTestSet.bistro().get(0).content());
    assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
    String dogs = uploaded.getBody().path("id").asText();
    assertThat(uploaded.getHeaders().getLocation()).hasToString(documents(bistro) + "/" + dogs);
    assertThat(uploaded.getBody().path("title").asText()).isEqualTo("Dog policy");
    assertThat(uploaded.getBody().path("contentType").asText()).isEqualTo("text/markdown");
    assertThat(uploaded.getBody().path("chunks").asInt()).isEqualTo(2);

    ResponseEntity<JsonNode> json = json(HttpMethod.POST, documents(bistro), Map.of(
        "title", "Wi-Fi and charging", "contentType", "text/plain",
        "text", new String(KnowledgeTestSet.bistro().get(1).content(), StandardCharsets.UTF_8)));
    assertThat(json.getStatusCode().value()).isEqualTo(201);

    JsonNode list = get(documents(bistro)).getBody();
    assertThat(list.findValuesAsText("title")).containsExactly("Dog policy", "Wi-Fi and charging");
    assertThat(list.findValuesAsText("ingestedAt")).hasSize(2);
    JsonNode details = get(documents(bistro) + "/" + dogs).getBody();
    assertThat(details.path("passages").findValuesAsText("heading"))
        .containsExactly("On the terrace", "Inside");
    assertThat(firstHit(bistro, "Can I bring my dog?").path("title").asText()).isEqualTo("Dog policy");

    ResponseEntity<JsonNode> replaced = json(HttpMethod.PUT, documents(bistro) + "/" + dogs, Map.of(
        "contentType", "text/markdown",
        "text", "# Dogs\n\nSince March dogs are no longer allowed, not even on the terrace.\n"));
    assertThat(replaced.getStatusCode().value()).isEqualTo(200);
    assertThat(replaced.getBody().path("title").asText()).as("kept unless given").isEqualTo("Dog policy");
    assertThat(replaced.getBody().path("chunks").asInt()).isEqualTo(1);
    assertThat(jdbc.queryForList("select text from knowledge_chunk where document_id = ?",
        String.class, UUID.fromString(dogs)))
        .containsExactly("Since March dogs are no longer allowed, not even on the terrace.");
    JsonNode hit = firstHit(bistro, "Can I bring my dog?");
    assertThat(hit.path("text").asText()).contains("no longer allowed");
    assertThat(search(bistro, "Is there a bowl of water for my dog?").findValuesAsText("text"))
        .noneMatch(text -> text.contains("fresh water"));

    ResponseEntity<JsonNode> deleted = http.exchange(documents(bistro) + "/" + dogs,
        HttpMethod.DELETE, null, JsonNode.class);
    assertThat(deleted.getStatusCode().value()).isEqualTo(204);
    assertThat(get(documents(bistro) + "/" + dogs).getStatusCode().value()).isEqualTo(404);
    assertThat(get(documents(bistro)).getBody().findValuesAsText("title"))
        .containsExactly("Wi-Fi and charging");
    assertThat(search(bistro, "Can I bring my dog?").findValuesAsText("title"))
        .doesNotContain("Dog policy");
    assertThat(jdbc.queryForObject("select count(*) from knowledge_chunk where document_id = ?",
        Integer.class, UUID.fromString(dogs))).isZero();
  }

  @Test
  void aPdfUploadIsSearchedAndAnotherBusinesssDocumentIsNotFound() {
    ResponseEntity<JsonNode> pdf = upload(HttpMethod.POST, documents(spa), "vouchers.pdf",
        "application/pdf", KnowledgeTestSet.vouchersPdf());
    assertThat(pdf.getStatusCode().value()).isEqualTo(201);
    String vouchers = pdf.getBody().path("id").asText();
    JsonNode hit = firstHit(spa, "How long is a gift voucher valid?");
    assertThat(hit.path("title").asText()).isEqualTo("Gift vouchers");
    assertThat(hit.path("heading").asText()).isEqualTo("Page 1");

    String asBistro = documents(bistro) + "/" + vouchers;
    assertProblem(get(asBistro), 404, "Document not found");
    assertProblem(json(HttpMethod.PUT, asBistro, Map.of("text", "x")), 404, "Document not found");
    assertProblem(http.exchange(asBistro, HttpMethod.DELETE, null, JsonNode.class), 404,
        "Document not found");
    assertThat(search(bistro, "How long is a gift voucher valid?").path("hits")).isEmpty();
    assertThat(get(documents(spa)).getBody().findValuesAsText("title")).containsExactly("Gift vouchers");
  }

  @Test
  void refusalsAreProblemsThatSayWhatIsWrong() {
    UUID nobody = UUID.randomUUID();
    assertProblem(get(documents(nobody)), 404, "Business not found");
    assertProblem(json(HttpMethod.POST, documents(nobody), Map.of("title", "x", "text", "y")), 404,
        "Business not found");
    assertProblem(get(documents(bistro) + "/" + UUID.randomUUID()), 404, "Document not found");

    ResponseEntity<JsonNode> image =
        upload(HttpMethod.POST, documents(bistro), "menu.png", "image/png", new byte[] {1, 2, 3});
    assertProblem(image, 415, "Unsupported document type");
    assertThat(image.getBody().path("detail").asText()).isEqualTo("A document must be "
        + DocumentType.SUPPORTED + "; this one has 'image/png' (file 'menu.png').");

    assertProblem(json(HttpMethod.POST, documents(bistro),
        Map.of("title", "Blank", "contentType", "text/plain", "text", "  \n ")), 400, "Empty document");
    assertProblem(json(HttpMethod.POST, documents(bistro), Map.of("text", "No title here.")), 400,
        "Invalid request");

    byte[] tooLarge = "a".repeat(2 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8);
    ResponseEntity<JsonNode> large =
        upload(HttpMethod.POST, documents(bistro), "big.txt", "text/plain", tooLarge);
    assertProblem(large, 413, "Document too large");
    assertThat(large.getBody().path("detail").asText())
        .isEqualTo("The document has 2097153 bytes; the limit is 2097152 bytes (2 MiB).");

    assertProblem(upload(HttpMethod.POST, documents(bistro), "scan.pdf", "application/pdf",
        "not really a pdf".getBytes(StandardCharsets.UTF_8)), 422, "Unreadable document");
    assertProblem(http.getForEntity("/api/v1/businesses/{id}/knowledge?q={q}", JsonNode.class,
        bistro, " "), 400, "Invalid request");
    assertThat(get(documents(bistro)).getBody()).isEmpty();
  }

  @Test
  void theDemoBusinessesAnswerFromTheirOwnShippedDocuments() {
    assertThat(get(documents(MARIOS)).getBody().findValuesAsText("title")).containsExactly(
        "Allergens and dietary needs", "Cancellation policy", "Parking and getting here",
        "Private events and large groups");
    assertThat(firstHit(MARIOS, "Do you have gluten free pizza?").path("title").asText())
        .isEqualTo("Allergens and dietary needs");
    assertThat(firstHit(MARIOS, "Where can I park my car?").path("title").asText())
        .isEqualTo("Parking and getting here");
    assertThat(firstHit(GLOW, "How much notice do I need to give to cancel?").path("text").asText())
        .contains("24 hours");
    assertThat(firstHit(BELLA, "How much notice do I need to give to cancel?").path("text").asText())
        .contains("48 hours");
    assertThat(firstHit(GLOW, "Do I need a patch test before colouring my hair?").path("title")
        .asText()).isEqualTo("Patch tests for colour and lashes");
    assertThat(search(MARIOS, "What is the capital of France?").path("hits")).isEmpty();
  }

  private static String documents(UUID businessId) {
    return "/api/v1/businesses/" + businessId + "/documents";
  }

  private ResponseEntity<JsonNode> get(String path) {
    return http.getForEntity(path, JsonNode.class);
  }

  private JsonNode search(UUID businessId, String question) {
    ResponseEntity<JsonNode> found = http.getForEntity(
        "/api/v1/businesses/{id}/knowledge?q={q}", JsonNode.class, businessId, question);
    assertThat(found.getStatusCode().value()).isEqualTo(200);
    return found.getBody();
  }

  private JsonNode firstHit(UUID businessId, String question) {
    JsonNode hits = search(businessId, question).path("hits");
    assertThat(hits).as(question).isNotEmpty();
    return hits.get(0);
  }

  private ResponseEntity<JsonNode> json(HttpMethod method, String path, Map<String, ?> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> upload(HttpMethod method, String path, String fileName,
      String contentType, byte[] content) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.parseMediaType(contentType));
    ByteArrayResource file = new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    };
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(file, partHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, int status, String title) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().path("title").asText()).isEqualTo(title);
    assertThat(response.getBody().path("detail").asText()).isNotBlank();
  }
}
