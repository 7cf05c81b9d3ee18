package ai.xseven.dashboard;

import ai.xseven.agent.Intent;
import ai.xseven.agent.IntentClassifier;
import ai.xseven.business.CatalogEntry;
import ai.xseven.business.OpeningPeriod;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads an owner's message deterministically: the bookings of a day, work on the day's orders and
 * bookings ("the order for Ana is ready", "check in Ana"), a change of price ("set the Margherita
 * to $15"), a removal ("remove the tiramisu"), a change of hours ("we close at 11pm on Fridays"),
 * yes or no to a previewed change, or a question for the business agent.
 */
@Component
class OwnerRequests {

  private static final Pattern AMOUNT =
      Pattern.compile("\\$\\s*(\\d{1,6}(?:\\.\\d{1,2})?)|(\\d{1,6}(?:\\.\\d{1,2})?)\\s*(?:dollars|usd)\\b");
  private static final Pattern PRICE_WORDS = Pattern.compile(
      "\\b(set|change|make|raise|lower|increase|reduce|drop|put|update|price|cost|costs|charge)\\b");
  private static final Pattern REMOVAL_WORDS = Pattern.compile(
      "\\b(remove|delete|discontinue|drop|take\\b.*\\boff|no longer (?:serve|offer|sell|do))\\b");
  private static final Pattern BOOKING_WORDS = Pattern.compile(
      "\\b(bookings?|reservations?|appointments?|booked|who(?:s| is) coming)\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(january|february|march|april|may|june|july|august|september|october|november|december)"
          + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final DateTimeFormatter MONTH_DAY_FORMAT =
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d")
          .toFormatter(Locale.ENGLISH);
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Set<Intent.Kind> QUESTIONS = Set.of(Intent.Kind.QUESTION);

  private final IntentClassifier classifier;

  OwnerRequests(IntentClassifier classifier) {
    this.classifier = classifier;
  }

  /**
   * @param previewing whether a change waits for the owner's yes or no
   * @param today the business's date today
   */
  OwnerRequest read(String message, boolean previewing, List<CatalogEntry> catalog,
      List<OpeningPeriod> hours, LocalDate today) {
    String text = CatalogNames.normalise(message);
    Intent intent = classifier.classify(message);
    if (previewing && intent.kind() == Intent.Kind.AFFIRM) {
      return new OwnerRequest.Confirm();
    }
    if (previewing && intent.kind() == Intent.Kind.DENY) {
      return new OwnerRequest.Decline();
    }
    java.util.Optional<OwnerRequest.Operation> operation = OperationRequests.read(message, text);
    if (operation.isPresent()) {
      return operation.get();
    }
    Matcher amount = AMOUNT.matcher(text);
    if (amount.find() && PRICE_WORDS.matcher(text).find()) {
      return priceChange(text, amount, catalog);
    }
    if (REMOVAL_WORDS.matcher(text).find()) {
      return removal(text, catalog);
    }
    if (BOOKING_WORDS.matcher(text).find()) {
      return new OwnerRequest.Bookings(day(text, today));
    }
    if (HoursRequests.isHoursChange(message, text)) {
      return HoursRequests.read(text, hours);
    }
    return QUESTIONS.contains(intent.kind())
        ? new OwnerRequest.Question()
        : new OwnerRequest.Other();
  }

  private static OwnerRequest priceChange(String text, Matcher amount,
      List<CatalogEntry> catalog) {
    String figure = amount.group(1) != null ? amount.group(1) : amount.group(2);
    int cents = new BigDecimal(figure).movePointRight(2).intValueExact();
    return item(text, catalog)
        .map(entry -> (OwnerRequest) new OwnerRequest.Change(
            MenuChangeRequest.price(entry.id(), cents)))
        .orElseGet(() -> whichItem(text, catalog, "price"));
  }

  private static OwnerRequest removal(String text, List<CatalogEntry> catalog) {
    return item(text, catalog)
        .map(entry -> (OwnerRequest) new OwnerRequest.Change(MenuChangeRequest.removal(entry.id())))
        .orElseGet(() -> whichItem(text, catalog, "removal"));
  }

  private static java.util.Optional<CatalogEntry> item(String text, List<CatalogEntry> catalog) {
    List<CatalogEntry> named = CatalogNames.named(text, catalog);
    return named.size() == 1 ? java.util.Optional.of(named.get(0)) : java.util.Optional.empty();
  }

  private static OwnerRequest whichItem(String text, List<CatalogEntry> catalog, String change) {
    List<CatalogEntry> named = CatalogNames.named(text, catalog);
    if (named.size() > 1) {
      return new OwnerRequest.Unclear("Which one do you mean: "
          + named.stream().map(CatalogEntry::name).collect(Collectors.joining(" or ")) + "?");
    }
    return new OwnerRequest.Unclear("I could not find that item for the " + change
        + ". Your items are: "
        + catalog.stream().map(CatalogEntry::name).collect(Collectors.joining(", ")) + ".");
  }

  /** "today", "tonight", "tomorrow", "on Friday" (the next one, or today), "December 4". */
  static LocalDate day(String text, LocalDate today) {
    if (text.contains("tomorrow")) {
      return today.plusDays(1);
    }
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      try {
        return LocalDate.parse(iso.group(1));
      } catch (DateTimeParseException ignored) {
        // not a date after all: fall through
      }
    }
    Matcher monthDay = MONTH_DAY.matcher(text);
    if (monthDay.find()) {
      try {
        MonthDay day = MonthDay.parse(monthDay.group(1) + " " + monthDay.group(2), MONTH_DAY_FORMAT);
        LocalDate date = day.atYear(today.getYear());
        return date.isBefore(today.minusMonths(6)) ? date.plusYears(1) : date;
      } catch (DateTimeParseException ignored) {
        // "February 31": fall through to today
      }
    }
    for (DayOfWeek weekday : HoursRequests.days(text)) {
      return today.with(TemporalAdjusters.nextOrSame(weekday));
    }
    return today;
  }
}
