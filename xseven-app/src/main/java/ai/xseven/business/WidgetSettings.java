package ai.xseven.business;

import java.util.List;

/**
 * How a business's chat widget is to be embedded: the key its snippet presents and the page
 * origins allowed to embed it. Stored and edited in the studio; the widget and the public API
 * enforce them (package {@code widgetsecurity}).
 */
public record WidgetSettings(String key, List<String> allowedOrigins) {

  public WidgetSettings {
    allowedOrigins = List.copyOf(allowedOrigins);
  }
}
