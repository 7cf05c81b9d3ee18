package ai.xseven.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The diagrams of {@code processes/templates/} that a new diagram starts from. They sit one folder
 * below the shipped processes, so {@link ProcessDeployer} (which deploys {@code processes/*.bpmn})
 * never deploys them.
 */
@Component
class DiagramTemplates {

  static final String LOCATION = "classpath*:processes/templates/*.bpmn";

  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  List<String> names() {
    return Arrays.stream(resources())
        .map(Resource::getFilename)
        .map(name -> name.substring(0, name.length() - ".bpmn".length()))
        .sorted()
        .toList();
  }

  Optional<String> xml(String name) {
    if (name == null || !names().contains(name)) {
      return Optional.empty();
    }
    Resource resource = resolver.getResource("classpath:processes/templates/" + name + ".bpmn");
    try (InputStream in = resource.getInputStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Resource[] resources() {
    try {
      return resolver.getResources(LOCATION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
