package ai.xseven.agent;

import ai.xseven.sdk.InputField;
import ai.xseven.sdk.PluginDefinition;
import ai.xseven.business.BusinessProfile;
import ai.xseven.plugin.PluginTools;
import ai.xseven.sdk.PluginContext;
import ai.xseven.sdk.PluginException;
import ai.xseven.sdk.Variable;
import ai.xseven.sdk.PluginResult;
import ai.xseven.sdk.ServiceTaskPlugin;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Runs an agent in a BPMN task. The task's settings ({@code camunda:property}) configure it:
 * {@code agent} (a profile of {@code agents/*.yaml}, or {@code auto}: by channel and business
 * kind), {@code tools} (a comma list that narrows the profile's tools: the tools in both),
 * {@code memoryWindow},
 * {@code route} ({@code auto}, {@code small} or {@code large}: a hint for the model-routing
 * rules) and {@code outputSchema} (the task then writes a checked JSON object to
 * {@code agentOutput} instead of replying).
 */
@Component
class AgentReplyPlugin implements ServiceTaskPlugin {

  static final String PENDING_CHANGES = "agentMenuChanges";
  private static final TypeReference<LinkedHashMap<String, PendingMenuChange>> CHANGES =
      new TypeReference<>() {};

  private final BusinessAgent agent;
  private final ConversationBusiness business;
  private final AgentProfiles profiles;
  private final ObjectMapper json;
  private final PluginTools plugins;

  AgentReplyPlugin(BusinessAgent agent, ConversationBusiness business, AgentProfiles profiles,
      ObjectMapper json, PluginTools plugins) {
    this.agent = agent;
    this.business = business;
    this.profiles = profiles;
    this.json = json;
    this.plugins = plugins;
  }

  @Override
  public PluginDefinition definition() {
    return PluginDefinition.builder("agentReply")
        .name("Agent reply")
        .description("Answers with an agent: the profile's instructions and tools, the business's own data.")
        .reads(List.of(
        Variable.required("message", String.class, "The customer's message."),
        Variable.optional("businessId", String.class,
            "The business answering; none in the global chat."),
        Variable.optional("replyFeedback", String.class,
            "Set by the output guardrails: why the previous reply was refused."),
        Variable.optional("intentKind", String.class,
            "How the message was classified; the model-routing rules choose the model by it."),
        Variable.optional("channel", String.class,
            "dedicated, dashboard or global: chooses the default profile; only dashboard may "
                + "run the owner's tools."),
        Variable.optional(PENDING_CHANGES, String.class,
            "The owner's previewed menu changes waiting for a yes (written by this plugin)."),
        Variable.optional("actor", String.class,
            "The signed-in owner, named in the audit log.")))
        .writes(List.of(
        Variable.optional(PENDING_CHANGES, String.class,
            "The owner's previewed menu changes waiting for a yes."),
        Variable.optional("agentOutput", String.class,
            "With outputSchema: the JSON object the agent gave, checked against the schema."),
        Variable.optional("agentOutputProblems", String.class,
            "With outputSchema: why no valid JSON object came back.")))
        .input(InputField.text("agent")
            .description("The agent profile (agents/*.yaml), or auto: chosen by channel and business kind."))
        .input(InputField.text("tools")
            .description("A comma list that narrows the profile's tools and adds plugins marked as "
                + "agent tools; empty: all of the profile's tools."))
        .input(InputField.choice("route", "auto", "small", "large")
            .description("A hint for the model-routing rules; empty: the profile's."))
        .input(InputField.number("memoryWindow").min(2).max(200)
            .description("How many earlier messages the agent sees; empty: the profile's."))
        .input(InputField.text("outputSchema")
            .description("Write a checked JSON object to agentOutput instead of replying."))
        .build();
  }

  @Override
  public PluginResult execute(PluginContext context) {
    String message = context.require("message", String.class);
    AgentTurn turn = turn(context, message);
    if (turn.outputSchema() != null) {
      BusinessAgent.Structured answer = agent.structured(turn, message);
      return PluginResult.builder()
          .output("agentOutput", answer.json())
          .output("agentOutputProblems",
              answer.problems().isEmpty() ? null : String.join("; ", answer.problems()))
          .build();
    }
    String answer =
        context.variable("replyFeedback", String.class)
            .map(feedback -> agent.regenerate(turn, message, feedback))
            .orElseGet(() -> agent.reply(turn, message));
    PluginResult.Builder result = PluginResult.builder().reply(answer);
    Map<String, PendingMenuChange> pending = turn.pendingChanges();
    if (!pending.isEmpty() || context.variable(PENDING_CHANGES, String.class).isPresent()) {
      result.output(PENDING_CHANGES, pending.isEmpty() ? null : write(pending));
    }
    return result.build();
  }

  AgentTurn turn(PluginContext context, String message) {
    String channel = context.variable("channel", String.class).orElse(null);
    BusinessProfile profileOfBusiness = business.find(context).orElse(null);
    AgentProfile profile =
        profiles.choose(context.text("agent").orElse(null), channel, profileOfBusiness);
    if (profile.needsBusiness() && profileOfBusiness == null) {
      throw new PluginException("Task " + context.taskId() + " runs the agent profile '"
          + profile.name() + "', which needs the process variable 'businessId'");
    }
    String route = context.text("route").orElse(profile.route());
    if (!AgentProfile.ROUTES.contains(route)) {
      throw new PluginException("Task " + context.taskId() + ": route '" + route
          + "' is not one of " + AgentProfile.ROUTES);
    }
    OutputSchemas.OutputSchema schema = context.text("outputSchema")
        .or(() -> java.util.Optional.ofNullable(profile.outputSchema()))
        .map(name -> OutputSchemas.find(name).orElseThrow(() -> new PluginException("Task "
            + context.taskId() + ": there is no output schema '" + name + "' (the schemas are "
            + OutputSchemas.names() + ")")))
        .orElse(null);
    String turnId = TurnIds.current();
    Map<String, PendingMenuChange> shown = new LinkedHashMap<>();
    Map<String, PendingMenuChange> fresh = new LinkedHashMap<>();
    read(context).forEach((id, change) ->
        (turnId.equals(change.turnId()) ? fresh : shown).put(id, change));
    String actor = context.variable("actor", String.class).orElseGet(() -> profileOfBusiness == null
        ? "agent:" + context.conversationId()
        : "owner:" + profileOfBusiness.id() + "/conversation:" + context.conversationId());
    return new AgentTurn(LlmCallContext.of(context, profileOfBusiness, message, route),
        profileOfBusiness, channel, turnId, actor, profile,
        tools(context, profile, profileOfBusiness),
        memoryWindow(context, profile), schema, shown, fresh);
  }

  private List<String> tools(PluginContext context, AgentProfile profile,
      BusinessProfile ofBusiness) {
    String setting = context.text("tools").orElse(null);
    if (setting == null) {
      return profile.tools();
    }
    String businessId = ofBusiness == null ? null : ofBusiness.id().toString();
    List<String> tools = new ArrayList<>();
    for (String name : setting.split("\\s*,\\s*")) {
      if (name.isBlank()) {
        continue;
      }
      if (AgentTools.exists(name)) {
        // Narrowing only: a tool the profile does not have stays out (the general profile has
        // no booking tools, whatever a task of the dedicated chat lists).
        if (profile.tools().contains(name)) {
          tools.add(name);
        }
      } else if (plugins.installed(name)) {
        if (!plugins.toolIds().contains(name)) {
          throw new PluginException("Task " + context.taskId() + " offers the plugin '" + name
              + "' to the agent, but that plugin is not marked as an agent tool");
        }
        // A plugin the business may not use is left out rather than failing its conversations.
        plugins.offerable(name, businessId).ifPresent(plugin -> tools.add(name));
      } else {
        throw new PluginException("Task " + context.taskId() + " names the tool '" + name
            + "', which does not exist (the tools are " + AgentTools.names()
            + ", and the plugins marked as agent tools " + plugins.toolIds() + ")");
      }
    }
    return tools;
  }

  private static int memoryWindow(PluginContext context, AgentProfile profile) {
    return context.text("memoryWindow").map(text -> {
      try {
        int window = Integer.parseInt(text);
        if (window >= 2 && window <= 200) {
          return window;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new PluginException("Task " + context.taskId() + ": memoryWindow '" + text
          + "' is not a number from 2 to 200");
    }).orElse(profile.memoryWindow());
  }

  private Map<String, PendingMenuChange> read(PluginContext context) {
    return context.variable(PENDING_CHANGES, String.class).map(text -> {
      try {
        Map<String, PendingMenuChange> changes = json.readValue(text, CHANGES);
        return changes == null ? Map.<String, PendingMenuChange>of() : changes;
      } catch (JsonProcessingException e) {
        throw new PluginException("Task " + context.taskId() + ": " + PENDING_CHANGES
            + " is not readable: " + e.getOriginalMessage());
      }
    }).orElse(Map.of());
  }

  private String write(Map<String, PendingMenuChange> changes) {
    try {
      return json.writeValueAsString(changes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
