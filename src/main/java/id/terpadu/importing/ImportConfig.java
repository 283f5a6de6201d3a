package id.terpadu.importing;

import jakarta.servlet.MultipartConfigElement;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Import jobs on this node: the job store, the runner, the threads that run jobs, and the multipart limits that
 * follow {@code terpadu.import.max-file-size} (they replace {@code spring.servlet.multipart.*}).
 */
@Configuration
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfig {

  /** Room for the multipart envelope (boundaries, part headers) around the largest file. */
  static final long ENVELOPE = 64 * 1024;

  @Bean
  ImportJobs importJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    return new ImportJobs(jdbc, transactions, clock);
  }

  @Bean
  ImportRunner importRunner(JdbcTemplate jdbc, PlatformTransactionManager transactions, ImportJobs jobs,
      List<ImportKind> kinds, ImportProperties properties, Clock clock) {
    return new ImportRunner(jdbc, transactions, jobs, kinds, properties, clock, ImportRunner.newNodeId());
  }

  @Bean(destroyMethod = "close")
  ImportWorkers importWorkers(ImportRunner runner, ImportProperties properties) {
    return new ImportWorkers(runner, properties);
  }

  /**
   * Uploads go to a temporary file from the first byte (never held in memory); a file over the limit is refused
   * while it streams in (413, see ImportController).
   */
  @Bean
  MultipartConfigElement multipartConfigElement(ImportProperties properties) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    factory.setMaxFileSize(properties.maxFileSize());
    factory.setMaxRequestSize(DataSize.ofBytes(properties.maxFileSize().toBytes() + ENVELOPE));
    factory.setFileSizeThreshold(DataSize.ofBytes(0));
    return factory.createMultipartConfig();
  }
}
