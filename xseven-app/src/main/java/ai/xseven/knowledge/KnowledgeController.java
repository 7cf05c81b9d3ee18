package ai.xseven.knowledge;

import ai.xseven.knowledge.DocumentViews.DocumentDetails;
import ai.xseven.knowledge.DocumentViews.DocumentSummary;
import ai.xseven.knowledge.DocumentViews.SearchResult;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A business's knowledge documents, and a search over them for testing and operations. */
@RestController
@RequestMapping("/api/v1/businesses/{businessId}")
class KnowledgeController {

  private final KnowledgeDocuments documents;
  private final KnowledgeBase knowledge;

  KnowledgeController(KnowledgeDocuments documents, KnowledgeBase knowledge) {
    this.documents = documents;
    this.knowledge = knowledge;
  }

  /** The text of a document sent as JSON: Markdown or plain text. */
  record TextDocument(String title, String contentType, String text) {

    DocumentUpload upload() {
      if (text == null) {
        throw KnowledgeException.invalid("text is required.");
      }
      if ("application/pdf".equalsIgnoreCase(contentType)) {
        throw KnowledgeException.invalid("Send a PDF as a multipart file upload (part 'file').");
      }
      return new DocumentUpload(title, contentType == null ? "text/plain" : contentType, null,
          text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentSummary> upload(@PathVariable UUID businessId,
      @RequestPart("file") MultipartFile file,
      @RequestParam(name = "title", required = false) String title) throws IOException {
    return created(documents.create(businessId, upload(file, title)));
  }

  @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DocumentSummary> create(@PathVariable UUID businessId,
      @RequestBody TextDocument document) {
    return created(documents.create(businessId, document.upload()));
  }

  @GetMapping("/documents")
  List<DocumentSummary> list(@PathVariable UUID businessId) {
    return documents.list(businessId);
  }

  @GetMapping("/documents/{documentId}")
  DocumentDetails get(@PathVariable UUID businessId, @PathVariable UUID documentId) {
    return documents.details(businessId, documentId);
  }

  @PutMapping(path = "/documents/{documentId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  DocumentSummary reupload(@PathVariable UUID businessId, @PathVariable UUID documentId,
      @RequestPart("file") MultipartFile file,
      @RequestParam(name = "title", required = false) String title) throws IOException {
    return documents.replace(businessId, documentId, upload(file, title));
  }

  @PutMapping(path = "/documents/{documentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  DocumentSummary replace(@PathVariable UUID businessId, @PathVariable UUID documentId,
      @RequestBody TextDocument document) {
    return documents.replace(businessId, documentId, document.upload());
  }

  @DeleteMapping("/documents/{documentId}")
  ResponseEntity<Void> delete(@PathVariable UUID businessId, @PathVariable UUID documentId) {
    documents.delete(businessId, documentId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/knowledge")
  SearchResult search(@PathVariable UUID businessId, @RequestParam("q") String query,
      @RequestParam(name = "max", defaultValue = "3") int max) {
    documents.requireBusiness(businessId);
    if (query.isBlank()) {
      throw KnowledgeException.invalid("q, the question, must not be blank.");
    }
    if (max < 1 || max > KnowledgeBase.MAX_RESULTS) {
      throw KnowledgeException.invalid("max must be between 1 and " + KnowledgeBase.MAX_RESULTS + ".");
    }
    return new SearchResult(query, knowledge.search(businessId, query, max));
  }

  private static DocumentUpload upload(MultipartFile file, String title) throws IOException {
    return new DocumentUpload(title, file.getContentType(), file.getOriginalFilename(),
        file.getBytes());
  }

  private static ResponseEntity<DocumentSummary> created(DocumentSummary document) {
    return ResponseEntity.created(URI.create(
            "/api/v1/businesses/" + document.businessId() + "/documents/" + document.id()))
        .body(document);
  }
}
