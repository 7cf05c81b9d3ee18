package ai.xseven.agent;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured tiers and the chain they fall over along. The offline model is always a tier
 * ({@code offline}) and always ends the chain, so a call always gets an answer.
 */
final class ModelTiers {

  private static final Logger log = LoggerFactory.getLogger(ModelTiers.class);

  private final Map<String, ModelTier> tiers;
  private final List<String> chain;

  ModelTiers(List<ModelTier> tiers, List<String> chain) {
    Map<String, ModelTier> byName = new LinkedHashMap<>();
    tiers.forEach(tier -> byName.put(tier.name(), tier));
    this.tiers = Map.copyOf(byName);
    List<String> order = new ArrayList<>();
    for (String name : chain) {
      String tier = name.strip();
      if (!byName.containsKey(tier)) {
        throw new IllegalStateException("xseven.llm.chain names '" + tier
            + "', which is not a tier; the tiers are " + byName.keySet());
      }
      if (!order.contains(tier)) {
        order.add(tier);
      }
    }
    order.remove(ModelTier.OFFLINE);
    order.add(ModelTier.OFFLINE);
    this.chain = List.copyOf(order);
  }

  /** The tiers of {@code xseven.llm}, each with its client, plus {@code offline}. */
  static ModelTiers from(LlmProperties llm, ChatModel offline) {
    List<ModelTier> tiers = new ArrayList<>();
    tiers.add(new ModelTier(ModelTier.OFFLINE, ModelTier.OFFLINE, OfflineChatModel.MODEL_NAME,
        offline, BigDecimal.ZERO, BigDecimal.ZERO));
    llm.models().forEach((name, tier) -> {
      if (!ModelTier.OFFLINE.equals(name)) {
        tiers.add(tier(llm, name, tier, offline));
      }
    });
    ModelTiers built = new ModelTiers(tiers, llm.chain());
    log.info("LLM tiers: {}; chain {}", built.describe(), built.chain);
    return built;
  }

  /** The tier {@code first}, then every tier after it in the chain; the whole chain if unknown. */
  List<ModelTier> from(String first) {
    int start = chain.indexOf(first);
    if (start < 0 && first != null && tiers.containsKey(first)) {
      List<ModelTier> path = new ArrayList<>(List.of(tiers.get(first)));
      chain.stream().filter(name -> !name.equals(first)).map(tiers::get).forEach(path::add);
      return path;
    }
    if (start < 0) {
      log.warn("The routing rules chose the tier '{}', which is not configured; using the chain {}",
          first, chain);
    }
    return chain.subList(Math.max(start, 0), chain.size()).stream().map(tiers::get).toList();
  }

  List<String> chain() {
    return chain;
  }

  private String describe() {
    return chain.stream()
        .map(tiers::get)
        .map(tier -> tier.name() + "=" + tier.provider() + ":" + tier.modelName())
        .toList()
        .toString();
  }

  private static ModelTier tier(LlmProperties llm, String name, LlmProperties.Tier tier,
      ChatModel offline) {
    String provider = or(tier.provider(), llm.provider());
    LlmProperties.Provider defaults = switch (provider) {
      case "openai" -> llm.openai();
      case "ollama" -> llm.ollama();
      case ModelTier.OFFLINE -> null;
      default -> throw new IllegalStateException("xseven.llm.models." + name + ".provider is '"
          + provider + "'; use offline, openai or ollama");
    };
    if (defaults == null) {
      return new ModelTier(name, provider, OfflineChatModel.MODEL_NAME, offline, BigDecimal.ZERO,
          BigDecimal.ZERO);
    }
    String model = or(tier.model(), defaults.model());
    String baseUrl = or(tier.baseUrl(), defaults.baseUrl());
    Double temperature = tier.temperature() != null ? tier.temperature() : defaults.temperature();
    var timeout = tier.timeout() != null ? tier.timeout() : llm.timeout();
    int retries = tier.maxRetries() != null ? tier.maxRetries() : 0;
    ChatModel client = "openai".equals(provider)
        ? OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(or(tier.apiKey(), defaults.apiKey()))
            .modelName(model).temperature(temperature).timeout(timeout).maxRetries(retries).build()
        : OllamaChatModel.builder().baseUrl(baseUrl).modelName(model).temperature(temperature)
            .timeout(timeout).maxRetries(retries).build();
    LlmProperties.Price listed = llm.prices().get(model);
    if (listed == null && (tier.inputPrice() == null || tier.outputPrice() == null)) {
      log.warn("No price for model '{}' (tier {}): its calls are traced at cost 0. Set "
          + "xseven.llm.models.{}.input-price/output-price or xseven.llm.prices.", model, name, name);
    }
    return new ModelTier(name, provider, model, client,
        price(tier.inputPrice(), listed == null ? null : listed.input()),
        price(tier.outputPrice(), listed == null ? null : listed.output()));
  }

  private static BigDecimal price(BigDecimal own, BigDecimal listed) {
    return Objects.requireNonNullElse(own, Objects.requireNonNullElse(listed, BigDecimal.ZERO));
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
