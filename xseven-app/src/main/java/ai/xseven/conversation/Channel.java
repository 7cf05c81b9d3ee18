package ai.xseven.conversation;

import java.util.Arrays;
import java.util.Optional;

/** The three chat channels; each runs its own shipped diagram, {@code <channel>-chat}. */
enum Channel {
  DEDICATED,
  DASHBOARD,
  GLOBAL;

  static Optional<Channel> parse(String value) {
    return Arrays.stream(values()).filter(c -> c.value().equals(value)).findFirst();
  }

  String value() {
    return name().toLowerCase();
  }

  String processKey() {
    return value() + "-chat";
  }

  boolean needsBusiness() {
    return this != GLOBAL;
  }

  /** Only the business's signed-in owner may start or continue a dashboard conversation. */
  boolean needsOwner() {
    return this == DASHBOARD;
  }
}
