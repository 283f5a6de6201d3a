package id.terpadu.security;

import id.terpadu.database.Databases;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written with an upsert. Spring Session inserts an attribute that its copy of the session
 * did not have; two requests of one new session that set the same attribute at once (a webapp's first requests
 * after login all store the CSRF token and Camunda's login) made the second insert fail on the primary key, and
 * that request answered 500. With an upsert the last write wins, as it does for attributes that existed.
 */
@Configuration
class SessionAttributeUpsert {

  /** H2's upsert of one attribute row (PostgreSQL's comes with Spring Session). */
  static final String H2_CREATE_SESSION_ATTRIBUTE = """
      MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
      KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
      VALUES (?, ?, ?)
      """;

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
    String product = Databases.productName(new JdbcTemplate(dataSource));
    if ("PostgreSQL".equalsIgnoreCase(product)) {
      return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
    if ("H2".equalsIgnoreCase(product)) {
      return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
    }
    throw new IllegalStateException("Sessions are stored in H2 or PostgreSQL, not in " + product);
  }
}
