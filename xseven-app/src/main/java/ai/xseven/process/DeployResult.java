package ai.xseven.process;

import java.util.List;

/** Either the new version, or the problems that kept the diagram from being deployed. */
public record DeployResult(ProcessVersion deployed, List<DiagramProblem> problems) {

  public DeployResult {
    problems = List.copyOf(problems);
  }

  static DeployResult refused(List<DiagramProblem> problems) {
    return new DeployResult(null, problems);
  }

  static DeployResult of(ProcessVersion version) {
    return new DeployResult(version, List.of());
  }

  public boolean isDeployed() {
    return deployed != null;
  }
}
