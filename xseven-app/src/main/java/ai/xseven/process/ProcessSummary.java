package ai.xseven.process;

import java.util.List;

/** A process definition key with all its versions, newest first. */
public record ProcessSummary(String key, String name, List<ProcessVersion> versions) {

  public ProcessVersion latest() {
    return versions.get(0);
  }

  public long runningInstances() {
    return versions.stream().mapToLong(ProcessVersion::runningInstances).sum();
  }

  public long openIncidents() {
    return versions.stream().mapToLong(ProcessVersion::openIncidents).sum();
  }
}
