package ai.xseven.knowledge;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Ingests the shipped documents under {@code knowledge/<business-slug>/} for the businesses that
 * exist (the demo businesses) on first start, when there are no knowledge documents at all. Ids are
 * derived from slug and file name, so a second node starting at the same moment fails to insert
 * the same document twice and leaves the seeding to the first.
 */
@Component
@Order(1) // after the demo businesses
class DemoKnowledge implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoKnowledge.class);

  private final BusinessService businesses;
  private final KnowledgeDocuments documents;

  DemoKnowledge(BusinessService businesses, KnowledgeDocuments documents) {
    this.businesses = businesses;
    this.documents = documents;
  }

  static UUID demoDocumentId(String slug, String fileName) {
    return UUID.nameUUIDFromBytes(
        ("xseven-demo-knowledge:" + slug + "/" + fileName).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (documents.count() > 0) {
      return;
    }
    var resolver = new PathMatchingResourcePatternResolver();
    int seeded = 0;
    try {
      for (BusinessProfile business : businesses.list()) {
        Resource[] files = resolver.getResources("classpath:knowledge/" + business.slug() + "/*.md");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
          documents.create(business.id(), demoDocumentId(business.slug(), file.getFilename()),
              new DocumentUpload(null, "text/markdown", file.getFilename(), bytes(file)));
          seeded++;
        }
      }
    } catch (DataIntegrityViolationException raced) {
      log.info("Another node is seeding the demo knowledge documents");
      return;
    }
    if (seeded > 0) {
      log.info("Ingested {} demo knowledge documents", seeded);
    }
  }

  private static byte[] bytes(Resource file) {
    try (var in = file.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
