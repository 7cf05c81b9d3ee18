package ai.xseven.widgetsecurity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WidgetSecurityConfiguration {

  /** Before Spring Security (order -100): a flood should cost as little as possible. */
  @Bean
  FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits) {
    FilterRegistrationBean<RateLimitFilter> registration =
        new FilterRegistrationBean<>(new RateLimitFilter(limits));
    registration.setOrder(-110);
    registration.addUrlPatterns("/api/*", "/ws/*");
    return registration;
  }

  /** Runs inside the public security chain (see the studio's security configuration) only. */
  @Bean
  WidgetGateFilter widgetGateFilter(WidgetGate gate,
      @Value("${xseven.api.max-body-bytes:65536}") int maxBodyBytes) {
    return new WidgetGateFilter(gate, maxBodyBytes);
  }

  @Bean
  FilterRegistrationBean<WidgetGateFilter> widgetGateFilterRegistration(WidgetGateFilter filter) {
    FilterRegistrationBean<WidgetGateFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }
}
