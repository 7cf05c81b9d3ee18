package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessProfile;
import ai.xseven.business.BusinessService;
import ai.xseven.security.StudioSession;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * The business picker of the studio's operations screens: an owner gets only their own business
 * (and cannot change it), an admin or analyst every business.
 */
public final class BusinessChoice {

  private BusinessChoice() {}

  public static List<BusinessProfile> visible(StudioSession session, BusinessService businesses) {
    return session.ownBusiness()
        .map(own -> businesses.find(own).stream().toList())
        .orElseGet(businesses::list);
  }

  /** A select of the businesses this user may see, the first one chosen. */
  public static Select<BusinessProfile> select(String id, StudioSession session,
      BusinessService businesses) {
    Select<BusinessProfile> select = new Select<>();
    select.setId(id);
    select.setLabel("Business");
    select.setItemLabelGenerator(BusinessProfile::name);
    List<BusinessProfile> visible = visible(session, businesses);
    select.setItems(visible);
    if (!visible.isEmpty()) {
      select.setValue(visible.get(0));
    }
    select.setReadOnly(session.ownBusiness().isPresent());
    select.setWidth("18em");
    return select;
  }

  /** How the audit log names a studio user: {@code studio:<username>}. */
  public static String actor(StudioSession session) {
    return "studio:" + session.require().username();
  }
}
