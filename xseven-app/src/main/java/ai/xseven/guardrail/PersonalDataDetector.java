package ai.xseven.guardrail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data worth masking, validated so that ordinary numbers stay: card numbers must
 * pass Luhn, IBANs mod-97, and digit runs that read as a time, date, price, party size or booking
 * reference are not phone numbers.
 */
final class PersonalDataDetector {

  static final String CARD = "CARD";
  static final String EMAIL = "EMAIL";
  static final String PHONE = "PHONE";
  static final String IBAN = "IBAN";

  private static final Pattern CARD_CANDIDATE = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");
  private static final Pattern IBAN_CANDIDATE =
      Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?:[ ]?[A-Za-z0-9]){11,30}");
  private static final Pattern EMAIL_CANDIDATE = Pattern.compile(
      "(?<![\\w.+-])[\\w.+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE_CANDIDATE =
      Pattern.compile("(?<![\\w+])(?:\\+|00)?\\(?\\d[\\d ().\\-/]{5,}\\d(?![\\w])");
  private static final Pattern DATE = Pattern.compile("\\d{1,4}[ ./-]\\d{1,2}[ ./-]\\d{2,4}");
  private static final Pattern TIME_RANGE = Pattern.compile("\\d{1,2}[:.h]\\d{2}");
  private static final Pattern REFERENCE_BEFORE = Pattern.compile(
      "(?:ref(?:erence)?|booking|order|confirmation|invoice|receipt|voucher|gift card|table|room"
          + "|no\\.?|number|#|code|id)\\s*(?:number|no\\.?|#|is|:)?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONEY_AROUND = Pattern.compile(
      "[€$£]\\s*$|^\\s*(?:€|eur|euros?|usd|gbp|dollars?|pounds?)\\b", Pattern.CASE_INSENSITIVE);

  // IBAN lengths of the countries customers most often write from; others may be 15 to 34 long.
  private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
      Map.entry("DE", 22), Map.entry("GB", 22), Map.entry("IE", 22), Map.entry("FR", 27),
      Map.entry("IT", 27), Map.entry("ES", 24), Map.entry("PT", 25), Map.entry("NL", 18),
      Map.entry("BE", 16), Map.entry("AT", 20), Map.entry("CH", 21), Map.entry("LU", 20),
      Map.entry("PL", 28), Map.entry("DK", 18), Map.entry("SE", 24), Map.entry("NO", 15),
      Map.entry("FI", 18), Map.entry("GR", 27), Map.entry("MT", 31), Map.entry("CY", 28));

  private PersonalDataDetector() {}

  static List<PersonalDataSpan> find(String text) {
    List<PersonalDataSpan> spans = new ArrayList<>();
    emails(text, spans);
    ibans(text, spans);
    cards(text, spans);
    phones(text, spans);
    spans.sort(Comparator.comparingInt(PersonalDataSpan::start));
    return spans;
  }

  private static void emails(String text, List<PersonalDataSpan> spans) {
    Matcher m = EMAIL_CANDIDATE.matcher(text);
    while (m.find()) {
      spans.add(new PersonalDataSpan(EMAIL, m.start(), m.end()));
    }
  }

  private static void ibans(String text, List<PersonalDataSpan> spans) {
    Matcher m = IBAN_CANDIDATE.matcher(text);
    while (m.find()) {
      int end = validIbanEnd(text, m.start(), m.end());
      if (end > 0 && free(spans, m.start(), end)) {
        spans.add(new PersonalDataSpan(IBAN, m.start(), end));
      }
    }
  }

  /** The end of the longest valid IBAN starting at {@code start}: the candidate may run into words. */
  private static int validIbanEnd(String text, int start, int limit) {
    String country = text.substring(start, start + 2).toUpperCase();
    Integer expected = IBAN_LENGTHS.get(country);
    StringBuilder compact = new StringBuilder();
    List<Integer> ends = new ArrayList<>();
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c != ' ') {
        compact.append(Character.toUpperCase(c));
        ends.add(i + 1);
      }
    }
    for (int length = Math.min(compact.length(), 34); length >= 15; length--) {
      if ((expected == null || expected == length) && mod97(compact.substring(0, length)) == 1) {
        return ends.get(length - 1);
      }
    }
    return -1;
  }

  static int mod97(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    int remainder = 0;
    for (char c : rearranged.toCharArray()) {
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      if (value < 0 || value > 35) {
        return -1;
      }
      remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    return remainder;
  }

  private static void cards(String text, List<PersonalDataSpan> spans) {
    Matcher m = CARD_CANDIDATE.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("[ -]", "");
      if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)
          && free(spans, m.start(), m.end())) {
        spans.add(new PersonalDataSpan(CARD, m.start(), m.end()));
      }
    }
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0 && !digits.chars().allMatch(c -> c == digits.charAt(0));
  }

  private static void phones(String text, List<PersonalDataSpan> spans) {
    Matcher m = PHONE_CANDIDATE.matcher(text);
    while (m.find()) {
      String candidate = m.group();
      long digits = candidate.chars().filter(Character::isDigit).count();
      boolean international = candidate.startsWith("+") || candidate.startsWith("00");
      if (digits < (international ? 7 : 8) || digits > 15 || !free(spans, m.start(), m.end())) {
        continue;
      }
      if (!international && looksLikeSomethingElse(text, m.start(), m.end(), candidate)) {
        continue;
      }
      spans.add(new PersonalDataSpan(PHONE, m.start(), m.end()));
    }
  }

  /** Dates, times, prices and reference numbers are digits too, but nobody's phone. */
  private static boolean looksLikeSomethingElse(String text, int start, int end, String candidate) {
    String before = text.substring(Math.max(0, start - 24), start);
    String after = text.substring(end, Math.min(text.length(), end + 10));
    return DATE.matcher(candidate).matches()
        || TIME_RANGE.matcher(candidate).find() && !candidate.matches(".*\\d{4,}.*")
        || REFERENCE_BEFORE.matcher(before).find()
        || MONEY_AROUND.matcher(before).find() || MONEY_AROUND.matcher(after).find();
  }

  private static boolean free(List<PersonalDataSpan> spans, int start, int end) {
    return spans.stream().noneMatch(span -> span.start() < end && start < span.end());
  }
}
