package ai.xseven.guardrail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a reply that gives away the assistant's instructions, verbatim or by talking of them. */
final class ReplyLeaks {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
  private static final Pattern INSTRUCTION_TALK =
      Pattern.compile("\\bmy (?:system )?(?:prompt|instructions|guidelines|directives"
          + "|programming)\\b"
          + "|\\bsystem (?:prompt|message|instructions)\\b"
          + "|\\bi(?: was|'ve been| have been| am|'m) (?:instructed|told|programmed|configured"
          + "|prompted) to\\b", Pattern.CASE_INSENSITIVE);

  private ReplyLeaks() {}

  /**
   * The run of words the reply shares with the prompt (case and punctuation aside) with the most
   * words that are not {@code publicWords}: the prompt names the business, and a reply that
   * introduces it ("the assistant of Mario's Italian, a restaurant in downtown") leaks nothing.
   */
  static PromptOverlap overlap(String reply, String systemPrompt, Set<String> publicWords) {
    if (systemPrompt == null || systemPrompt.isBlank()) {
      return new PromptOverlap(0, "");
    }
    List<String> said = words(reply);
    List<String> prompt = words(systemPrompt);
    int[] previousLength = new int[prompt.size() + 1];
    int[] previousWeight = new int[prompt.size() + 1];
    int best = 0;
    int bestLength = 0;
    int bestEnd = 0;
    for (int i = 1; i <= said.size(); i++) {
      int[] length = new int[prompt.size() + 1];
      int[] weight = new int[prompt.size() + 1];
      String word = said.get(i - 1);
      for (int j = 1; j <= prompt.size(); j++) {
        if (word.equals(prompt.get(j - 1))) {
          length[j] = previousLength[j - 1] + 1;
          weight[j] = previousWeight[j - 1] + (publicWords.contains(word) ? 0 : 1);
          if (weight[j] > best || weight[j] == best && length[j] > bestLength) {
            best = weight[j];
            bestLength = length[j];
            bestEnd = i;
          }
        }
      }
      previousLength = length;
      previousWeight = weight;
    }
    return new PromptOverlap(best, String.join(" ", said.subList(bestEnd - bestLength, bestEnd)));
  }

  /** The words of {@code texts}, as the overlap compares them. */
  static Set<String> wordsOf(String... texts) {
    Set<String> words = new HashSet<>();
    for (String text : texts) {
      if (text != null) {
        words.addAll(words(text));
      }
    }
    return words;
  }

  static List<InstructionTalk> instructionTalk(String reply) {
    List<InstructionTalk> talk = new ArrayList<>();
    Matcher m = INSTRUCTION_TALK.matcher(reply.replace('’', '\''));
    while (m.find()) {
      talk.add(new InstructionTalk(m.group()));
    }
    return talk;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
