package ai.xseven.guardrail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable text hidden in a message: base64 and hex fragments decoded, and the whole message read
 * in rot13 and backwards. Customers do not write like this, so whatever decodes to an attack is one.
 */
final class EncodedPayloads {

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{16,}={0,2}");
  private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2}[\\s:,]?){8,}");
  private static final int MAX_FRAGMENTS = 8;

  private EncodedPayloads() {}

  /** Every plausible plain text hidden in {@code text}; {@code normalised} is read as rot13/reversed. */
  static List<String> decodings(String text, String normalised) {
    List<String> decoded = new ArrayList<>();
    collect(BASE64.matcher(text), EncodedPayloads::fromBase64, decoded);
    collect(HEX.matcher(text), EncodedPayloads::fromHex, decoded);
    decoded.add(rot13(normalised));
    decoded.add(new StringBuilder(normalised).reverse().toString());
    return decoded;
  }

  private static void collect(Matcher fragments, java.util.function.Function<String, String> decode,
      List<String> into) {
    int seen = 0;
    while (fragments.find() && seen++ < MAX_FRAGMENTS) {
      String plain = decode.apply(fragments.group());
      if (plain != null && readable(plain)) {
        into.add(plain);
      }
    }
  }

  private static String fromBase64(String fragment) {
    try {
      byte[] bytes = fragment.contains("-") || fragment.contains("_")
          ? Base64.getUrlDecoder().decode(fragment)
          : Base64.getMimeDecoder().decode(fragment);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static String fromHex(String fragment) {
    String digits = fragment.replaceAll("[\\s:,]", "");
    if (digits.length() % 2 != 0) {
      digits = digits.substring(0, digits.length() - 1);
    }
    return new String(HexFormat.of().parseHex(digits), StandardCharsets.UTF_8);
  }

  private static boolean readable(String plain) {
    long printable = plain.chars().filter(c -> c >= 0x20 && c < 0x7f || Character.isLetter(c)).count();
    return plain.length() >= 8 && printable >= 0.9 * plain.length();
  }

  static String rot13(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        out.append((char) ('a' + (c - 'a' + 13) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) ('A' + (c - 'A' + 13) % 26));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
