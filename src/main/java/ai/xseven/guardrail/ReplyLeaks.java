package ai.xseven.guardrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a reply that gives away the assistant's instructions, verbatim or by talking about them. */
final class ReplyLeaks {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
  private static final Pattern INSTRUCTION_TALK =
      Pattern.compile("\\bmy (?:system )?(?:prompt|instructions|guidelines|directives|programming)\\b"
          + "|\\bsystem (?:prompt|message|instructions)\\b"
          + "|\\bi(?: was|'ve been| have been| am|'m) (?:instructed|told|programmed|configured"
          + "|prompted) to\\b", Pattern.CASE_INSENSITIVE);

  private ReplyLeaks() {}

  /** The longest run of words the reply shares with the prompt (case and punctuation aside). */
  static PromptOverlap overlap(String reply, String systemPrompt) {
    if (systemPrompt == null || systemPrompt.isBlank()) {
      return new PromptOverlap(0, "");
    }
    List<String> said = words(reply);
    List<String> prompt = words(systemPrompt);
    int[] previous = new int[prompt.size() + 1];
    int best = 0;
    int bestEnd = 0;
    for (int i = 1; i <= said.size(); i++) {
      int[] current = new int[prompt.size() + 1];
      for (int j = 1; j <= prompt.size(); j++) {
        if (said.get(i - 1).equals(prompt.get(j - 1))) {
          current[j] = previous[j - 1] + 1;
          if (current[j] > best) {
            best = current[j];
            bestEnd = i;
          }
        }
      }
      previous = current;
    }
    return new PromptOverlap(best, String.join(" ", said.subList(bestEnd - best, bestEnd)));
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
