package ai.xseven.agent;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.ChangeRefusedException;
import ai.xseven.business.ItemRemoval;
import ai.xseven.business.MenuChanges;
import ai.xseven.business.NotFoundException;
import ai.xseven.business.OpeningPeriod;
import ai.xseven.business.PriceChange;
import ai.xseven.security.AuditLog;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The owner's changes to the catalog and the opening hours: a preview that the menu-change policy
 * checks without changing anything, then — in a later turn, after the owner read it and said yes —
 * the change itself, checked again under the business's lock and written to the audit log.
 * {@link AgentTools} runs these only in the dashboard channel.
 */
class OwnerTools {

  static final String PREVIEW_MENU_CHANGE = "previewMenuChange";
  static final String APPLY_MENU_CHANGE = "applyMenuChange";
  static final List<ToolSpecification> SPECIFICATIONS =
      ToolSpecifications.toolSpecificationsFrom(OwnerTools.class);

  private static final Pattern PERIOD = Pattern.compile(
      "(?i)\\s*([a-z]+)\\s+(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})\\s*");

  /** The services an owner tool needs; one set per application. */
  record Services(MenuChanges menu, BusinessService businesses, AuditLog audit, Clock clock) {}

  private final Services services;
  private final AgentTurn turn;
  private final BusinessProfile business;

  OwnerTools(Services services, AgentTurn turn) {
    this.services = services;
    this.turn = turn;
    this.business = turn.business();
  }

  @Tool(name = PREVIEW_MENU_CHANGE, value = "checks a change of a price, the removal of a "
      + "catalog item, or a new week of opening hours against the menu-change policy without "
      + "making it; returns the preview and its change id")
  String previewMenuChange(
      @P("price, remove or hours") String kind,
      @P(value = "the catalog item's name (price, remove)", required = false) String item,
      @P(value = "the new price in cents (price)", required = false) Integer newPriceCents,
      @P(value = "the whole new week, e.g. 'Monday 11:00-22:00; Tuesday 11:00-22:00'; days not "
          + "named are closed (hours)", required = false) String hours) {
    String change = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
    try {
      return switch (change) {
        case "price" -> previewPrice(item, newPriceCents);
        case "remove" -> previewRemoval(item);
        case "hours" -> previewHours(hours);
        default -> "Say which kind of change: price, remove or hours.";
      };
    } catch (ChangeRefusedException refused) {
      return "The menu-change policy refuses this change: " + refused.getMessage();
    } catch (NotFoundException notFound) {
      return notFound.getMessage();
    }
  }

  @Tool(name = APPLY_MENU_CHANGE, value = "makes a previewed change after the owner confirmed it")
  String applyMenuChange(@P("the change id from previewMenuChange") String changeId) {
    String id = changeId == null ? "" : changeId.strip();
    if (turn.newChanges().containsKey(id)) {
      return "Not applied: the owner has not seen preview " + id + " yet. Show it and apply it "
          + "only after they say yes.";
    }
    PendingMenuChange change = turn.shownChanges().get(id);
    if (change == null || !business.id().toString().equals(change.businessId())) {
      return "Not applied: there is no previewed change " + id + " in this conversation. "
          + "Preview the change first.";
    }
    try {
      String done = apply(change);
      turn.shownChanges().remove(id);
      return "Applied: " + done + ".";
    } catch (ChangeRefusedException refused) {
      return "Not applied; the menu-change policy refuses it now: " + refused.getMessage();
    } catch (NotFoundException notFound) {
      return "Not applied: " + notFound.getMessage();
    }
  }

  private String previewPrice(String itemName, Integer newPriceCents) {
    if (newPriceCents == null) {
      return "Say the new price in cents.";
    }
    CatalogEntry item = item(itemName);
    PriceChange change = services.menu().checkPrice(business.id(), item.id(), newPriceCents);
    return remember("price", item.id(), newPriceCents, null,
        change.item() + ": " + change.current() + " → " + change.proposed());
  }

  private String previewRemoval(String itemName) {
    CatalogEntry item = item(itemName);
    ItemRemoval removal = services.menu().checkRemoval(business.id(), item.id());
    return remember("remove", item.id(), null, null,
        "take " + removal.item() + " off the catalog");
  }

  private String previewHours(String hours) {
    List<OpeningPeriod> periods = periods(hours);
    services.menu().checkOpeningHours(business.id(), periods);
    String week = periods.stream().map(OwnerTools::describe).collect(Collectors.joining("; "));
    return remember("hours", null, null, week,
        "opening hours become " + (week.isEmpty() ? "closed every day" : week)
            + " (days not named: closed)");
  }

  private String remember(String kind, UUID itemId, Integer priceCents, String hours,
      String preview) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    turn.newChanges().put(id, new PendingMenuChange(id, business.id().toString(), kind,
        itemId == null ? null : itemId.toString(), priceCents, hours, preview, turn.turnId(),
        services.clock().instant()));
    return "Preview (change " + id + "), allowed by the menu-change policy: " + preview
        + ". Nothing has changed yet; it is applied when the owner confirms.";
  }

  private String apply(PendingMenuChange change) {
    String actor = turn.actor();
    switch (change.kind()) {
      case "price" -> {
        UUID itemId = UUID.fromString(change.itemId());
        services.menu().changePrice(business.id(), itemId, change.priceCents());
        services.audit().record(actor, "menu.price-changed", subject(itemId), change.preview());
      }
      case "remove" -> {
        UUID itemId = UUID.fromString(change.itemId());
        services.menu().remove(business.id(), itemId);
        services.audit().record(actor, "menu.item-removed", subject(itemId), change.preview());
      }
      case "hours" -> {
        services.menu().replaceOpeningHours(business.id(), periods(change.hours()));
        services.audit().record(actor, "menu.hours-replaced",
            "business:" + business.id() + "/hours", change.preview());
      }
      default -> throw new IllegalStateException("Unknown change kind " + change.kind());
    }
    return change.preview();
  }

  private String subject(UUID itemId) {
    return "business:" + business.id() + "/catalog:" + itemId;
  }

  private CatalogEntry item(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Say which catalog item.");
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    List<CatalogEntry> catalog = services.businesses().catalog(business.id());
    return catalog.stream().filter(entry -> entry.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("There is no item called '" + name
            + "' in the catalog of " + business.name() + "."));
  }

  /** "Monday 11:00-22:00; Tuesday 09:00-12:00" → the periods; an empty text closes every day. */
  static List<OpeningPeriod> periods(String hours) {
    List<OpeningPeriod> periods = new ArrayList<>();
    if (hours == null || hours.isBlank()) {
      return periods;
    }
    for (String part : hours.split("[;\\n]")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher matcher = PERIOD.matcher(part);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("'" + part.strip() + "' is not like 'Monday "
            + "11:00-22:00'.");
      }
      try {
        periods.add(new OpeningPeriod(day(matcher.group(1)), LocalTime.parse(pad(matcher.group(2))),
            LocalTime.parse(pad(matcher.group(3)))));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + part.strip() + "' has a time that does not exist.");
      }
    }
    return periods;
  }

  private static DayOfWeek day(String name) {
    String key = name.toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(key) || (key.length() >= 3 && day.name().startsWith(key))) {
        return day;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a day of the week.");
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  private static String describe(OpeningPeriod period) {
    String day = period.dayOfWeek().name().charAt(0)
        + period.dayOfWeek().name().substring(1).toLowerCase(Locale.ROOT);
    return day + " " + period.opens() + "-" + period.closes();
  }
}
