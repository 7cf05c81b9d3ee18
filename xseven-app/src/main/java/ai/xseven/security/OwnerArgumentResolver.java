package ai.xseven.security;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.stereotype.Component;

/**
 * A controller parameter of type {@link Owner} is the owner who signed in with
 * {@code Authorization: Bearer <token>}: null without the header, 401 for a token that is not an
 * owner token. Endpoints without such a parameter stay open as they are.
 */
@Component
class OwnerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {


  private final OwnerTokens tokens;

  OwnerArgumentResolver(OwnerTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Owner.class;
  }

  @Override
  public Owner resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
      NativeWebRequest request, WebDataBinderFactory binders) {
    return tokens.fromAuthorization(request.getHeader(HttpHeaders.AUTHORIZATION));
  }
}
