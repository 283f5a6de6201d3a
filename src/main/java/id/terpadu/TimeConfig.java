package id.terpadu;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the domain, replaceable in tests. */
@Configuration
public class TimeConfig {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
