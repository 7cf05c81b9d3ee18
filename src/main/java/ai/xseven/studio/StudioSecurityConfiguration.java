package ai.xseven.studio;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors. The public HTTP API, the WebSocket, the widget and the demo page keep their own
 * checks (owner bearer tokens, per-conversation ids): no session, no CSRF token. Everything else
 * is the studio: a session after a form sign-in, CSRF-protected, with view access by role.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class StudioSecurityConfiguration {

  static final String[] PUBLIC_PATHS = {
    "/api/**", "/ws/**", "/actuator/**", "/error", "/", "/index.html", "/widget.js",
    "/favicon.ico"
  };

  @Bean
  @Order(1)
  SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
    return http.securityMatcher(PUBLIC_PATHS)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
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
