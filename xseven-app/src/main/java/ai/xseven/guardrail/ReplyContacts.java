package ai.xseven.guardrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses and phone numbers in a reply and tells whose they are. Phone numbers are
 * compared by their digits, and a number written without its country code ("555 0100") is the
 * same as one written with it ("+1 555 0100").
 */
final class ReplyContacts {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  // Prices, times, dates and addresses are kept out by what may come before and inside a number.
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w$€£.,:/@-])\\+?\\(?\\d[\\d ().-]{5,18}\\d(?![\\w:/@])");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // Order and booking ids are UUIDs, shown whole or as their first 8 characters after '#', 'order'
  // or 'booking': 8 digits of an id are not a phone number.
  private static final Pattern UUID_TOKEN = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern REFERENCE_BEFORE = Pattern.compile(
      "(?:#|\\b(?:order|booking|ref(?:erence)?|confirmation)\\s*(?:no\\.?|#|:)?\\s*)$",
      Pattern.CASE_INSENSITIVE);
  private static final int MIN_PHONE_DIGITS = 7;
  private static final int MAX_PHONE_DIGITS = 15;

  private ReplyContacts() {}

  static List<ContactMention> find(String reply, String businessPhone, List<String> customerTexts) {
    List<String> customerEmails = new ArrayList<>();
    List<String> customerPhones = new ArrayList<>();
    customerTexts.forEach(text -> {
      customerEmails.addAll(emails(text));
      customerPhones.addAll(phones(text));
    });
    List<ContactMention> contacts = new ArrayList<>();
    for (String email : emails(reply)) {
      contacts.add(new ContactMention("EMAIL", email, false, customerEmails.contains(email)));
    }
    String business = businessPhone == null ? "" : digits(businessPhone);
    for (String phone : phones(reply)) {
      contacts.add(new ContactMention("PHONE", phone, sameNumber(phone, business),
          customerPhones.stream().anyMatch(given -> sameNumber(phone, given))));
    }
    return contacts;
  }

  private static List<String> emails(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      found.add(m.group().toLowerCase(Locale.ROOT));
    }
    return found;
  }

  /** Phone numbers as digits only. */
  private static List<String> phones(String text) {
    List<String> found = new ArrayList<>();
    String withoutIds = UUID_TOKEN.matcher(text).replaceAll("id");
    Matcher m = PHONE.matcher(withoutIds);
    while (m.find()) {
      String digits = digits(m.group());
      if (digits.length() >= MIN_PHONE_DIGITS && digits.length() <= MAX_PHONE_DIGITS
          && !ISO_DATE.matcher(m.group()).find()
          && !REFERENCE_BEFORE.matcher(withoutIds.substring(0, m.start())).find()) {
        found.add(digits);
      }
    }
    return found;
  }

  private static boolean sameNumber(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= MIN_PHONE_DIGITS && longer.endsWith(shorter);
  }

  private static String digits(String text) {
    return text.replaceAll("\\D", "");
  }
}
