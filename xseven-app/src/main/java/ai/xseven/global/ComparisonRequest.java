package ai.xseven.global;

import ai.xseven.business.BusinessKind;
import java.time.LocalDate;
import java.time.LocalTime;
import ai.xseven.sdk.PluginContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a customer comparing businesses wants, read from one message: "best hair salon downtown
 * under $50", "where can I eat pizza tonight?". Every part is optional.
 *
 * @param words catalog words the customer named ("pizza", "hair"), matched against item names and
 *     categories
 * @param day the day they want to go, if they said one
 * @param time the time of day, if they said one ("tonight" is 7:00 PM)
 */
record ComparisonRequest(BusinessKind kind, String area, Integer priceCeilingCents,
    List<String> words, LocalDate day, LocalTime time) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

  /** As process variables (strings and numbers only, so they are stored with the conversation). */
  Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("wantedKind", kind == null ? null : kind.name());
    variables.put("wantedArea", area);
    variables.put("priceCeilingCents", priceCeilingCents);
    variables.put("wantedWords", String.join(",", words));
    variables.put("wantedDay", day == null ? null : day.toString());
    variables.put("wantedTime", time == null ? null : time.toString());
    return variables;
  }

  static ComparisonRequest from(PluginContext context) {
    return new ComparisonRequest(
        context.variable("wantedKind", String.class).map(BusinessKind::valueOf).orElse(null),
        context.variable("wantedArea", String.class).orElse(null),
        context.variable("priceCeilingCents", Integer.class).orElse(null),
        context.variable("wantedWords", String.class).filter(words -> !words.isEmpty())
            .map(words -> List.of(words.split(","))).orElse(List.of()),
        context.variable("wantedDay", String.class).map(LocalDate::parse).orElse(null),
        context.variable("wantedTime", String.class).map(LocalTime::parse).orElse(null));
  }

  /** "pizza, downtown, under $50, on Friday, November 27 at 7:00 PM". */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (!words.isEmpty()) {
      parts.add(String.join(" or ", words));
    } else if (kind != null) {
      parts.add(kind == BusinessKind.RESTAURANT ? "restaurants" : "salons");
    }
    if (area != null) {
      parts.add(area);
    }
    if (priceCeilingCents != null) {
      parts.add("under " + new CatalogPrice(priceCeilingCents).text());
    }
    if (day != null) {
      parts.add("on " + DAY.format(day) + (time == null ? "" : " at " + TIME.format(time)));
    }
    return String.join(", ", parts);
  }

  boolean isEmpty() {
    return kind == null && area == null && priceCeilingCents == null && words.isEmpty();
  }
}
