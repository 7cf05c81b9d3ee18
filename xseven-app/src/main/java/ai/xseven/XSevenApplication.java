package ai.xseven;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** X-Seven: customer conversations as BPMN, policy as rules, durable work on Temporal. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class XSevenApplication {

  public static void main(String[] args) {
    SpringApplication.run(XSevenApplication.class, args);
  }

  /** The one source of "now", so that tests can move time. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
