package ai.xseven.knowledge;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.filter.Filter;
import java.util.UUID;

/** The metadata every stored passage (a langchain4j {@link TextSegment}) carries. */
final class Passages {

  static final String BUSINESS_ID = "businessId";
  static final String DOCUMENT_ID = "documentId";
  static final String TITLE = "title";
  static final String HEADING = "heading";
  static final String POSITION = "position";

  private Passages() {}

  static TextSegment passage(UUID businessId, UUID documentId, String title, int position,
      String heading, String text) {
    Metadata metadata = new Metadata()
        .put(BUSINESS_ID, businessId)
        .put(DOCUMENT_ID, documentId)
        .put(TITLE, title)
        .put(POSITION, position);
    if (heading != null) {
      metadata.put(HEADING, heading);
    }
    return TextSegment.from(text, metadata);
  }

  static Filter ofBusiness(UUID businessId) {
    return metadataKey(BUSINESS_ID).isEqualTo(businessId);
  }

  static Filter ofDocument(UUID documentId) {
    return metadataKey(DOCUMENT_ID).isEqualTo(documentId);
  }
}
