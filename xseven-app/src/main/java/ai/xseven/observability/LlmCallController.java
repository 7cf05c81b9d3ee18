package ai.xseven.observability;

import ai.xseven.business.BusinessService;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The LLM trace of a conversation and a business's monthly LLM costs. */
@RestController
class LlmCallController {

  private final LlmCallLog log;
  private final BusinessService businesses;
  private final Clock clock;

  LlmCallController(LlmCallLog log, BusinessService businesses, Clock clock) {
    this.log = log;
    this.businesses = businesses;
    this.clock = clock;
  }

  /** Every attempt of every LLM call in the conversation; empty when it made none. */
  @GetMapping("/api/v1/conversations/{id}/llm-calls")
  List<LlmCall> trace(@PathVariable UUID id) {
    return log.trace(id);
  }

  /** {@code month} is {@code YYYY-MM} (UTC), the current month when absent. */
  @GetMapping("/api/v1/businesses/{id}/costs")
  CostReport costs(@PathVariable UUID id, @RequestParam(required = false) YearMonth month) {
    if (businesses.find(id).isEmpty()) {
      ErrorResponseException notFound = new ErrorResponseException(HttpStatus.NOT_FOUND);
      notFound.getBody().setTitle("Business not found");
      notFound.getBody().setDetail("There is no business " + id + ".");
      throw notFound;
    }
    YearMonth asked = month != null ? month : YearMonth.now(clock.withZone(ZoneOffset.UTC));
    return log.costs(id, asked, businesses.monthlyBudgetCents(id).orElse(null));
  }
}
