package ai.xseven.studio;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** What a user sees on a page that belongs to someone else: a sentence, never a stack trace. */
@PageTitle("Not yours · X-Seven studio")
@PermitAll
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

  private final Paragraph reason = new Paragraph();

  AccessDeniedView() {
    setId("access-denied");
    add(new H2("You cannot open this page"), reason);
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event,
      ErrorParameter<AccessDeniedException> parameter) {
    reason.setText(parameter.getException().getMessage());
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
