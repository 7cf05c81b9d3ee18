package ai.xseven.notification;

import ai.xseven.business.NotificationChannelNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The installed channels by name. A developer's channel replaces the logging one of the same
 * name; two other channels with one name stop the start-up, since either choice would be a guess.
 */
@Component
class NotificationChannels implements NotificationChannelNames {

  private final Map<String, NotificationChannel> byName = new TreeMap<>();

  NotificationChannels(List<NotificationChannel> channels) {
    Map<String, List<NotificationChannel>> grouped =
        channels.stream().collect(Collectors.groupingBy(NotificationChannel::name));
    grouped.forEach((name, candidates) -> {
      List<NotificationChannel> chosen = candidates.size() == 1 ? candidates
          : candidates.stream().filter(channel -> !(channel instanceof LoggingChannel)).toList();
      if (chosen.size() != 1) {
        throw new IllegalStateException("Two notification channels are called '" + name + "': "
            + chosen.stream().map(channel -> channel.getClass().getName())
                .collect(Collectors.joining(" and ")) + ". Give each a name of its own.");
      }
      byName.put(name, chosen.get(0));
    });
  }

  Optional<NotificationChannel> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public Set<String> installed() {
    return Set.copyOf(byName.keySet());
  }
}
