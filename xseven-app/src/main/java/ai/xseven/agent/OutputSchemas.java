package ai.xseven.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The structured answers an agent task can ask for ({@code outputSchema=<name>}): the JSON schema
 * handed to the model as langchain4j's {@link ResponseFormat}, and the check of what came back —
 * a provider that ignores the schema does not get its answer into the process unchecked.
 */
final class OutputSchemas {

  /** What a message says about a booking; every detail null when the message does not say it. */
  static final String BOOKING_REQUEST = "booking-request";

  /** A schema and the formats of its string properties that JSON Schema alone does not pin. */
  record OutputSchema(String name, JsonSchema schema, Map<String, Predicate<String>> formats) {

    ResponseFormat responseFormat() {
      return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build();
    }

    JsonObjectSchema root() {
      return (JsonObjectSchema) schema.rootElement();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, OutputSchema> SCHEMAS = Map.of(
      BOOKING_REQUEST,
      new OutputSchema(BOOKING_REQUEST,
          JsonSchema.builder().name("booking_request").rootElement(JsonObjectSchema.builder()
                  .description("What the customer's last message says about a booking")
                  .addBooleanProperty("wantsBooking", "whether the customer wants to book")
                  .addStringProperty("date", "the day, ISO yyyy-mm-dd, or null")
                  .addStringProperty("time", "the time, 24-hour HH:mm, or null")
                  .addIntegerProperty("partySize", "the number of guests, or null")
                  .addStringProperty("service", "the catalog name of the service, or null")
                  .addStringProperty("customerName", "whose name the booking is under, or null")
                  .required("wantsBooking")
                  .additionalProperties(false)
                  .build())
              .build(),
          Map.of("date", OutputSchemas::isDate, "time", OutputSchemas::isTime)));

  private OutputSchemas() {}

  static Optional<OutputSchema> find(String name) {
    return Optional.ofNullable(SCHEMAS.get(name));
  }

  static Set<String> names() {
    return SCHEMAS.keySet();
  }

  /** The instruction that goes with the schema, for models that cannot be handed it. */
  static String instruction(OutputSchema schema) {
    JsonObjectSchema root = schema.root();
    String fields = root.properties().entrySet().stream()
        .map(field -> "\"" + field.getKey() + "\" (" + typeName(field.getValue())
            + (root.required() != null && root.required().contains(field.getKey()) ? ", required" : ", or null") + "): "
            + field.getValue().description())
        .collect(java.util.stream.Collectors.joining("; "));
    return "Answer with one JSON object and nothing else. Its fields: " + fields + ".";
  }

  private static String typeName(JsonSchemaElement type) {
    return type.getClass().getSimpleName().replace("Json", "").replace("Schema", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** What is wrong with {@code answer} as an instance of the schema; empty when nothing is. */
  static List<String> problems(OutputSchema schema, String answer) {
    JsonNode node;
    try {
      node = JSON.readTree(answer == null ? "" : answer.strip());
    } catch (JsonProcessingException e) {
      return List.of("the answer is not JSON");
    }
    if (node == null || !node.isObject()) {
      return List.of("the answer is not a JSON object");
    }
    List<String> problems = new ArrayList<>();
    JsonObjectSchema root = schema.root();
    Optional.ofNullable(root.required()).orElse(List.of()).stream().filter(name -> node.path(name).isMissingNode() || node.get(name).isNull())
        .forEach(name -> problems.add("'" + name + "' is required"));
    node.fieldNames().forEachRemaining(name -> {
      JsonSchemaElement type = root.properties().get(name);
      JsonNode value = node.get(name);
      if (type == null) {
        problems.add("'" + name + "' is not in the schema");
      } else if (!value.isNull() && !matches(type, value)) {
        problems.add("'" + name + "' is not a " + typeName(type));
      } else if (value.isTextual() && schema.formats().containsKey(name)
          && !schema.formats().get(name).test(value.asText())) {
        problems.add("'" + name + "' has the wrong format: " + value.asText());
      }
    });
    return problems;
  }

  private static boolean matches(JsonSchemaElement type, JsonNode value) {
    if (type instanceof JsonStringSchema) {
      return value.isTextual();
    }
    if (type instanceof JsonIntegerSchema) {
      return value.isIntegralNumber();
    }
    if (type instanceof JsonNumberSchema) {
      return value.isNumber();
    }
    if (type instanceof JsonBooleanSchema) {
      return value.isBoolean();
    }
    if (type instanceof JsonEnumSchema enumeration) {
      return value.isTextual() && enumeration.enumValues().contains(value.asText());
    }
    return true;
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isTime(String text) {
    try {
      LocalTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
