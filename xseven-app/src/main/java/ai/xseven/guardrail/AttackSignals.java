package ai.xseven.guardrail;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the patterns a message shows, from {@code guardrails/signal-patterns.txt}: attack families
 * ({@value #OVERRIDE}, {@code role-play}, ...), {@code human-requested}, {@code threat},
 * {@code directed-insult}. Disguised attacks get a second signal: {@value #OBFUSCATED} when only
 * the normalised text shows the attack, {@value #ENCODED} when it hides in base64, hex, rot13 or
 * reversed text.
 */
final class AttackSignals {

  static final String OVERRIDE = "instruction-override";
  static final String OBFUSCATED = "obfuscated";
  static final String ENCODED = "encoded-payload";

  /** The families that mean someone is attacking the assistant rather than talking to it. */
  static final Set<String> ATTACK_FAMILIES = Set.of(OVERRIDE, "role-play", "prompt-extraction",
      "developer-mode", "foreign-override", ENCODED);

  // Letters run together once spacing and punctuation are gone ("i.g.n.o.r.e a-l-l ...").
  private static final Pattern RUN_TOGETHER = Pattern.compile(
      "(?:ignore|disregard|forget|override|bypass)(?:all|any|every|your|previous|prior|above|earlier|system)+"
          + "(?:instructions?|rules|prompts?|guidelines|directives)|systemprompt|developermode|godmode"
          + "|jailbreak|doanythingnow|revealyour(?:prompt|instructions)");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private record SignalPattern(String signal, Pattern pattern) {}

  private final List<SignalPattern> patterns;

  AttackSignals() {
    this(GuardrailResources.lines("signal-patterns.txt"));
  }

  AttackSignals(List<String> lines) {
    List<SignalPattern> parsed = new ArrayList<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException("Not 'signal: pattern': " + line);
      }
      parsed.add(new SignalPattern(line.substring(0, colon).strip(),
          Pattern.compile(line.substring(colon + 1).strip())));
    }
    this.patterns = List.copyOf(parsed);
  }

  /** Signals of {@code text}, whose normalised form is {@code normalised}. */
  Set<String> find(String text, String normalised) {
    Set<String> signals = new LinkedHashSet<>(match(normalised));
    if (!isAttack(signals)
        && RUN_TOGETHER.matcher(NON_LETTERS.matcher(normalised).replaceAll("")).find()) {
      signals.add(OVERRIDE);
      signals.add(OBFUSCATED);
    }
    if (isAttack(signals) && !isAttack(match(plain(text)))) {
      signals.add(OBFUSCATED);
    }
    if (!isAttack(signals) && EncodedPayloads.decodings(text, normalised).stream()
        .anyMatch(decoded -> isAttack(match(TextNormaliser.normalise(decoded))))) {
      signals.add(ENCODED);
    }
    return signals;
  }

  private Set<String> match(String normalised) {
    Set<String> found = new LinkedHashSet<>();
    for (SignalPattern candidate : patterns) {
      if (!found.contains(candidate.signal()) && candidate.pattern().matcher(normalised).find()) {
        found.add(candidate.signal());
      }
    }
    return found;
  }

  private static boolean isAttack(Set<String> signals) {
    return signals.stream().anyMatch(ATTACK_FAMILIES::contains);
  }

  /** The text as a reader sees it, without the folding that undoes disguises. */
  private static String plain(String text) {
    String nfd = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
    return nfd.replaceAll("\\p{M}+", "").replace('’', '\'').replaceAll("\\s+", " ");
  }
}
