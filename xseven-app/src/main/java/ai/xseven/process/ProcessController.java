package ai.xseven.process;

import ai.xseven.business.BusinessService;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deploys a diagram over HTTP: the body is the BPMN XML ({@code curl -T diagram.bpmn}), for all
 * businesses or, with {@code ?businessId=}, for one. Needs a studio analyst or admin (HTTP
 * Basic, see the studio's security configuration), who is recorded as the deployer. A diagram
 * with problems is refused with each problem's element or line, and nothing is deployed.
 */
@RestController
@RequestMapping("/api/v1/processes")
class ProcessController {

  private final ProcessStudio studio;
  private final BusinessService businesses;

  ProcessController(ProcessStudio studio, BusinessService businesses) {
    this.studio = studio;
    this.businesses = businesses;
  }

  @PostMapping
  ResponseEntity<?> deploy(@RequestBody(required = false) String xml,
      @RequestParam(required = false) UUID businessId, Principal actor) {
    if (xml == null || xml.isBlank()) {
      return refused(List.of(DiagramProblem.inFile(0, "The request body must be the BPMN XML "
          + "of the diagram.")));
    }
    if (businessId != null && businesses.find(businessId).isEmpty()) {
      return refused(List.of(DiagramProblem.inFile(0, "There is no business with the id "
          + businessId + ".")));
    }
    DeployResult result = studio.deploy(xml, actor.getName(), businessId);
    if (!result.isDeployed()) {
      return refused(result.problems());
    }
    ProcessVersion deployed = result.deployed();
    return ResponseEntity.status(HttpStatus.CREATED).body(new Deployed(deployed.key(),
        deployed.version(), deployed.definitionId(), deployed.businessId()));
  }

  private static ResponseEntity<ProblemDetail> refused(List<DiagramProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
        "The diagram was not deployed: " + problems.get(0).describe()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")
            + " The version that runs stays the latest one.");
    problem.setTitle("Diagram refused");
    problem.setProperty("errors", problems.stream().map(Error::of).toList());
    return ResponseEntity.unprocessableEntity().body(problem);
  }

  /** @param businessId the business it was deployed for; absent for all businesses */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Deployed(String key, int version, String definitionId, UUID businessId) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Error(String elementId, Integer line, String message) {

    static Error of(DiagramProblem problem) {
      return new Error(problem.elementId(), problem.line() > 0 ? problem.line() : null,
          problem.message());
    }
  }
}
