package ai.xseven.studio;

import ai.xseven.widgetsecurity.WidgetGateFilter;
import ai.xseven.security.StudioRole;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.CorsFilter;

/**
 * Two doors. The public HTTP API, the WebSocket, the widget and the demo page keep their own
 * checks (owner bearer tokens, per-conversation ids): no session, no CSRF token; rule-set changes
 * and process deployments need a studio analyst or admin over HTTP Basic. Everything else
 * is the studio: a session after a form sign-in, CSRF-protected, with view access by role.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class StudioSecurityConfiguration {

  private static final String[] EDITORS = {StudioRole.ADMIN_NAME, StudioRole.ANALYST_NAME};

  static final String[] PUBLIC_PATHS = {
    "/api/**", "/ws/**", "/actuator/**", "/error", "/", "/index.html", "/widget.js", "/widget/**",
    "/favicon.ico"
  };

  @Bean
  @Order(1)
  SecurityFilterChain publicApi(HttpSecurity http, WidgetGateFilter widgets)
      throws Exception {
    ApiAccessProblems problems = new ApiAccessProblems();
    return http.securityMatcher(PUBLIC_PATHS)
        .authorizeHttpRequests(requests -> requests
            // Changing what every business's assistant decides is an analyst's job.
            .requestMatchers(HttpMethod.PUT, "/api/v1/rulesets/**").hasAnyRole(EDITORS)
            .requestMatchers(HttpMethod.POST, "/api/v1/rulesets/*/activate/**").hasAnyRole(EDITORS)
            .requestMatchers(HttpMethod.POST, "/api/v1/processes").hasAnyRole(EDITORS)
            .anyRequest().permitAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(errors ->
            errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .csrf(csrf -> csrf.disable())
        // CORS and the widget key / allowed origins of the businesses' sites (issue 7).
        .addFilterBefore(widgets, CorsFilter.class)
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain studio(HttpSecurity http) throws Exception {
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/studio/login"))
        .build();
  }
}
