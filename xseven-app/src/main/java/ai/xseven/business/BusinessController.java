package ai.xseven.business;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/businesses")
class BusinessController {

  private final BusinessService businesses;

  BusinessController(BusinessService businesses) {
    this.businesses = businesses;
  }

  @GetMapping
  List<BusinessProfile> list() {
    return businesses.list();
  }

  @GetMapping("/{id}")
  BusinessDetails get(@PathVariable UUID id) {
    return businesses.details(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "There is no business with id " + id + "."));
  }
}
