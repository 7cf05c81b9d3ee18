package ai.xseven.agent;

import ai.xseven.business.BookingService;
import ai.xseven.business.BusinessService;
import ai.xseven.business.MenuChanges;
import ai.xseven.business.OrderService;
import ai.xseven.frontdesk.FrontDesk;
import ai.xseven.plugin.PluginTools;
import ai.xseven.security.AuditLog;
import ai.xseven.workflow.AppointmentScheduler;
import ai.xseven.workflow.OrderWorkflows;
import ai.xseven.knowledge.KnowledgeBase;
import ai.xseven.knowledge.KnowledgeTool;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.langchain4j.service.tool.ToolExecutionResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every tool an agent profile can name, and the one place an agent's tool call runs. The executor
 * does not trust the model: a tool the profile did not offer is not run, and an owner's tool is
 * refused unless the conversation is in the owner's channel (dashboard) — whatever the model asks.
 * Plugins marked as agent tools join the built-in tools when an agent task names them in its
 * {@code tools} setting ({@link PluginTools} runs them, and refuses any other plugin). Each call is
 * published as an {@link AgentToolCalled}.
 */
@Component
class AgentTools {

  private static final Logger log = LoggerFactory.getLogger(AgentTools.class);

  /** Where a tool comes from; owner tools and business-bound tools are checked per call. */
  enum Group {
    BUSINESS(true, false),
    KNOWLEDGE(true, false),
    BOOKING(true, false),
    ORDER(true, false),
    DIRECTORY(false, false),
    OWNER(true, true),
    FRONT_DESK(true, true);

    final boolean needsBusiness;
    final boolean ownerOnly;

    Group(boolean needsBusiness, boolean ownerOnly) {
      this.needsBusiness = needsBusiness;
      this.ownerOnly = ownerOnly;
    }
  }

  private record Entry(ToolSpecification specification, Group group) {}

  private static final Map<String, Entry> CATALOG = catalog();

  private final BusinessService businesses;
  private final KnowledgeBase knowledge;
  private final BookingTools.Services bookingServices;
  private final OrderTools.Services orderServices;
  private final OwnerTools.Services ownerServices;
  private final FrontDesk desk;
  private final PluginTools plugins;
  private final ApplicationEventPublisher events;

  AgentTools(BusinessService businesses, KnowledgeBase knowledge, BookingService bookings,
      AppointmentScheduler appointments, OrderService orders, OrderWorkflows orderWorkflows,
      CustomerVisits visits, MenuChanges menu, FrontDesk desk, AuditLog audit,
      ApplicationEventPublisher events, Clock clock, PluginTools plugins) {
    this.businesses = businesses;
    this.knowledge = knowledge;
    this.bookingServices =
        new BookingTools.Services(bookings, businesses, appointments, visits, events);
    this.orderServices = new OrderTools.Services(orders, orderWorkflows, visits);
    this.ownerServices = new OwnerTools.Services(menu, businesses, audit, clock);
    this.desk = desk;
    this.plugins = plugins;
    this.events = events;
  }

  static boolean exists(String name) {
    return CATALOG.containsKey(name);
  }

  static boolean ownerOnly(String name) {
    return CATALOG.get(name).group().ownerOnly;
  }

  static boolean needsBusiness(String name) {
    return CATALOG.get(name).group().needsBusiness;
  }

  static Set<String> names() {
    return CATALOG.keySet();
  }

  /** The specifications of {@code names}, in catalog order. */
  static List<ToolSpecification> specifications(Collection<String> names) {
    return CATALOG.entrySet().stream().filter(entry -> names.contains(entry.getKey()))
        .map(entry -> entry.getValue().specification()).toList();
  }

  /**
   * What the model is offered in this turn: the built-in tools it names, then the plugin tools it
   * names that the business may still use.
   */
  List<ToolSpecification> offered(AgentTurn turn) {
    List<ToolSpecification> offered = new ArrayList<>(specifications(turn.tools()));
    turn.tools().stream().filter(name -> !CATALOG.containsKey(name))
        .flatMap(name -> plugins.offerable(name, businessId(turn)).stream())
        .map(plugin -> PluginTools.specification(plugin.definition()))
        .forEach(offered::add);
    return offered;
  }

  private static String businessId(AgentTurn turn) {
    return turn.business() == null ? null : turn.business().id().toString();
  }

  /** The tools, bound to one agent task of one turn. */
  Session open(AgentTurn turn) {
    return new Session(turn);
  }

  /** The tool objects of one turn, made when first used. */
  final class Session {
    private final AgentTurn turn;
    private BusinessTools businessTools;
    private KnowledgeTool documents;
    private BookingTools bookingTools;
    private OrderTools orderTools;
    private DirectoryTools directoryTools;
    private OwnerTools ownerTools;
    private FrontDeskTools frontDeskTools;

    private Session(AgentTurn turn) {
      this.turn = turn;
    }

    String execute(ToolExecutionRequest call) {
      Entry entry = CATALOG.get(call.name());
      AgentToolCalled.Outcome outcome;
      String result;
      if (entry == null && turn.tools().contains(call.name())) {
        PluginTools.Answer answer = plugins.call(call.name(), call.arguments(),
            turn.conversationId(), businessId(turn));
        outcome = switch (answer.outcome()) {
          case RAN -> AgentToolCalled.Outcome.RAN;
          case REFUSED -> AgentToolCalled.Outcome.NOT_OFFERED;
          case FAILED -> AgentToolCalled.Outcome.FAILED;
        };
        result = answer.text();
      } else if (entry == null && plugins.installed(call.name())) {
        // A plugin the task did not name, or one that is not a tool at all: it does not run.
        outcome = AgentToolCalled.Outcome.NOT_OFFERED;
        result = "The tool " + call.name() + " is not available here.";
        log.warn("Refused plugin {}, not offered to the agent of conversation {}", call.name(),
            turn.conversationId());
      } else if (entry == null) {
        outcome = AgentToolCalled.Outcome.UNKNOWN;
        result = "There is no tool named " + call.name() + ".";
      } else if (entry.group().ownerOnly && !turn.withOwner()) {
        outcome = AgentToolCalled.Outcome.REFUSED;
        result = call.name() + " is only for the business's owner, in the dashboard; this "
            + "conversation is with a customer. Nothing was changed.";
        log.warn("Refused owner tool {} in the {} channel of conversation {}", call.name(),
            turn.channel(), turn.conversationId());
      } else if (!turn.tools().contains(call.name())
          || (entry.group().needsBusiness && turn.business() == null)) {
        outcome = AgentToolCalled.Outcome.NOT_OFFERED;
        result = "The tool " + call.name() + " is not available here.";
      } else {
        String ran;
        try {
          ran = run(call, entry.group());
          outcome = AgentToolCalled.Outcome.RAN;
        } catch (RuntimeException failure) {
          ran = "The tool " + call.name() + " could not run: " + message(failure);
          outcome = AgentToolCalled.Outcome.FAILED;
        }
        result = ran;
      }
      events.publishEvent(new AgentToolCalled(turn.conversationId(), turn.call().elementId(),
          turn.profile().name(), turn.channel(), call.name(), call.arguments(), outcome, result));
      return result;
    }

    private String run(ToolExecutionRequest call, Group group) {
      Object memoryId = turn.conversationId();
      return switch (group) {
        case BUSINESS -> {
          if (businessTools == null) {
            businessTools = new BusinessTools(businesses, turn.business());
          }
          yield businessTools.execute(call, memoryId);
        }
        case KNOWLEDGE -> {
          if (documents == null) {
            documents = knowledge.tool(turn.business().id());
          }
          yield documents.execute(call, memoryId);
        }
        case BOOKING -> {
          if (bookingTools == null) {
            bookingTools = new BookingTools(bookingServices, turn);
          }
          yield invoke(bookingTools, call, memoryId);
        }
        case ORDER -> {
          if (orderTools == null) {
            orderTools = new OrderTools(orderServices, turn);
          }
          yield invoke(orderTools, call, memoryId);
        }
        case DIRECTORY -> {
          if (directoryTools == null) {
            directoryTools = new DirectoryTools(businesses);
          }
          yield invoke(directoryTools, call, memoryId);
        }
        case OWNER -> {
          if (ownerTools == null) {
            ownerTools = new OwnerTools(ownerServices, turn);
          }
          yield invoke(ownerTools, call, memoryId);
        }
        case FRONT_DESK -> {
          if (frontDeskTools == null) {
            frontDeskTools = new FrontDeskTools(desk, turn);
          }
          yield invoke(frontDeskTools, call, memoryId);
        }
      };
    }
  }

  /**
   * Runs the {@code @Tool} method of {@code tools} named by the call. A method that throws (bad
   * arguments, a failing service) gives the model the exception's message and counts as failed.
   */
  static String invoke(Object tools, ToolExecutionRequest call, Object memoryId) {
    Method method = Arrays.stream(tools.getClass().getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Tool.class))
        .filter(m -> m.getAnnotation(Tool.class).name().equals(call.name()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no tool " + call.name()));
    ToolExecutionResult result = new DefaultToolExecutor(tools, method).executeWithContext(call,
        InvocationContext.builder().chatMemoryId(memoryId).build());
    if (result.isError()) {
      throw new ToolFailed(result.resultText());
    }
    return result.resultText();
  }

  /** A tool method failed; the message is what the model is told. */
  static final class ToolFailed extends RuntimeException {
    ToolFailed(String message) {
      super(message, null, false, false);
    }
  }

  private static String message(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof InvocationTargetException || cause.getMessage() == null)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    while (cause.getCause() != null && cause.getCause() != cause
        && cause.getClass().getName().startsWith("dev.langchain4j")) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  private static Map<String, Entry> catalog() {
    Map<String, Entry> tools = new LinkedHashMap<>();
    BusinessTools.SPECIFICATIONS.forEach(spec -> tools.put(spec.name(),
        new Entry(spec, Group.BUSINESS)));
    tools.put(KnowledgeTool.NAME, new Entry(KnowledgeTool.SPECIFICATION, Group.KNOWLEDGE));
    BookingTools.SPECIFICATIONS.forEach(spec -> tools.put(spec.name(),
        new Entry(spec, Group.BOOKING)));
    OrderTools.SPECIFICATIONS.forEach(spec -> tools.put(spec.name(),
        new Entry(spec, Group.ORDER)));
    DirectoryTools.SPECIFICATIONS.forEach(spec -> tools.put(spec.name(),
        new Entry(spec, Group.DIRECTORY)));
    OwnerTools.SPECIFICATIONS.forEach(spec -> tools.put(spec.name(),
        new Entry(spec, Group.OWNER)));
    FrontDeskTools.SPECIFICATIONS.forEach(spec -> tools.put(spec.name(),
        new Entry(spec, Group.FRONT_DESK)));
    return Collections.unmodifiableMap(tools);
  }
}
