package ai.xseven.agent;

import ai.xseven.business.BusinessKind;
import ai.xseven.business.BusinessProfile;
import ai.xseven.sdk.PluginException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The agent profiles of {@code agents/*.yaml}, read and checked once at start-up: a profile that
 * names a tool that does not exist, gives a customer an owner's tool, or asks for an unknown route
 * or output schema stops the application with a message naming the file and the problem.
 */
@Component
class AgentProfiles {

  static final String LOCATION = "classpath*:agents/*.yaml";
  /** The {@code agent} setting that asks for the default profile of the channel and business. */
  static final String AUTO = "auto";

  private final Map<String, AgentProfile> byName;

  AgentProfiles() {
    this(LOCATION);
  }

  AgentProfiles(String location) {
    this.byName = load(location);
  }

  Optional<AgentProfile> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  Collection<AgentProfile> all() {
    return byName.values();
  }

  /**
   * The profile a task asks for by name, or with no name (or {@code auto}) the most specific
   * profile for the channel and the business's kind: {@code restaurant} or {@code salon} in a
   * business's own chat, {@code general} when no domain fits, {@code dashboard} for owners,
   * {@code global} without a business.
   */
  AgentProfile choose(String requested, String channel, BusinessProfile business) {
    if (requested != null && !AUTO.equals(requested)) {
      return find(requested).orElseThrow(() -> new PluginException("There is no agent profile '"
          + requested + "'; the profiles are " + byName.keySet() + " (or auto)."));
    }
    String effectiveChannel = channel == null ? "dedicated" : channel;
    return byName.values().stream()
        .filter(profile -> profile.isDefaultFor(effectiveChannel, business))
        .max(Comparator.comparingInt(AgentProfile::specificity))
        .orElseThrow(() -> new PluginException("No agent profile serves the " + effectiveChannel
            + " channel" + (business == null ? " without a business" : " for a "
            + business.kind().name().toLowerCase(Locale.ROOT)) + "."));
  }

  private static Map<String, AgentProfile> load(String location) {
    Resource[] files;
    try {
      files = new PathMatchingResourcePatternResolver().getResources(location);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list the agent profiles at " + location, e);
    }
    Map<String, AgentProfile> profiles = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Resource file : files) {
      String where = "agents/" + file.getFilename();
      try (InputStream in = file.getInputStream()) {
        Map<String, Object> yaml = new Yaml().load(in);
        AgentProfile profile = parse(yaml == null ? Map.of() : yaml, where, problems);
        if (profile != null && profiles.putIfAbsent(profile.name(), profile) != null) {
          problems.add(where + ": a second profile is named '" + profile.name() + "'");
        }
      } catch (IOException | RuntimeException e) {
        problems.add(where + ": cannot be read (" + e.getMessage() + ")");
      }
    }
    if (profiles.isEmpty() && problems.isEmpty()) {
      problems.add("no agent profiles found at " + location);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Invalid agent profiles:\n  " + String.join("\n  ", problems));
    }
    return new LinkedHashMap<>(profiles);
  }

  private static AgentProfile parse(Map<String, Object> yaml, String where, List<String> problems) {
    int before = problems.size();
    String name = text(yaml, "name");
    String prompt = text(yaml, "systemPrompt");
    if (name == null || prompt == null) {
      problems.add(where + ": 'name' and 'systemPrompt' are required");
      return null;
    }
    AgentProfile.Audience audience = AgentProfile.Audience.CUSTOMER;
    String audienceText = Optional.ofNullable(text(yaml, "audience")).orElse("customer");
    try {
      audience = AgentProfile.Audience.valueOf(audienceText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(where + ": audience '" + audienceText + "' is neither customer nor owner");
    }
    Set<BusinessKind> kinds = new LinkedHashSet<>();
    for (String kind : list(yaml, "businessKinds")) {
      try {
        kinds.add(BusinessKind.valueOf(kind.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": unknown business kind '" + kind + "'");
      }
    }
    boolean needsBusiness = !Boolean.FALSE.equals(yaml.get("needsBusiness"));
    List<String> tools = list(yaml, "tools");
    if (tools.isEmpty()) {
      problems.add(where + ": lists no tools");
    }
    for (String tool : tools) {
      if (!AgentTools.exists(tool)) {
        problems.add(where + ": unknown tool '" + tool + "' (the tools are " + AgentTools.names()
            + ")");
      } else if (AgentTools.ownerOnly(tool) && audience != AgentProfile.Audience.OWNER) {
        problems.add(where + ": '" + tool + "' is an owner's tool, but the profile's audience is "
            + audienceText);
      } else if (AgentTools.needsBusiness(tool) && !needsBusiness) {
        problems.add(where + ": '" + tool + "' works for one business, but the profile has none");
      }
    }
    int window = yaml.get("memoryWindow") instanceof Number number ? number.intValue() : 20;
    if (window < 2 || window > 200) {
      problems.add(where + ": memoryWindow " + window + " is outside 2..200");
    }
    String route = Optional.ofNullable(text(yaml, "route")).orElse(AgentProfiles.AUTO);
    if (!AgentProfile.ROUTES.contains(route)) {
      problems.add(where + ": route '" + route + "' is not one of " + AgentProfile.ROUTES);
    }
    String schema = text(yaml, "outputSchema");
    if (schema != null && OutputSchemas.find(schema).isEmpty()) {
      problems.add(where + ": unknown outputSchema '" + schema + "' (the schemas are "
          + OutputSchemas.names() + ")");
    }
    if (problems.size() > before) {
      return null;
    }
    return new AgentProfile(name, Optional.ofNullable(text(yaml, "description")).orElse(name),
        audience, new LinkedHashSet<>(list(yaml, "channels")), kinds, needsBusiness, prompt,
        List.copyOf(tools), window, route, schema);
  }

  private static String text(Map<String, Object> yaml, String key) {
    Object value = yaml.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static List<String> list(Map<String, Object> yaml, String key) {
    Object value = yaml.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).map(String::strip).toList();
    }
    return List.of(value.toString().split("\\s*,\\s*"));
  }
}
