package id.terpadu.support;

import id.terpadu.TerpaduApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application as one "node" on a database given by URL, so a test can stop it and
 * start it again (or another node) on the same data. Under the postgres profile the database comes from
 * DB_URL, shared by every node.
 */
public final class Node implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private Node(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static boolean onPostgres() {
    return System.getProperty("spring.profiles.include", "").contains("postgres");
  }

  /** A fresh H2 file database per test (ignored on PostgreSQL, which is shared). */
  public static String h2FileUrl(String name) {
    return "jdbc:h2:file:./target/test-db/" + name + "-" + System.nanoTime() + "/terpadu;DB_CLOSE_ON_EXIT=FALSE";
  }

  public static Node start(String databaseUrl, List<String> profiles, String... extraArgs) {
    return start(databaseUrl, onPostgres(), profiles, extraArgs);
  }

  /** Always on its own H2 database, for start-up logic that needs an empty database. */
  public static Node startOnH2(String databaseUrl, List<String> profiles, String... extraArgs) {
    return start(databaseUrl, false, profiles, extraArgs);
  }

  /**
   * On a PostgreSQL database of the test's own (e.g. a cluster the test starts and stops), whatever the build's
   * profile: the given URL and account, the {@code postgres} profile among {@code profiles}.
   */
  public static Node startOnPostgres(String databaseUrl, String user, String password, List<String> profiles,
      String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.driver-class-name=org.postgresql.Driver", "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password));
    args.addAll(List.of(extraArgs));
    return start(databaseUrl, true, profiles, args.toArray(String[]::new));
  }

  private static Node start(String databaseUrl, boolean postgres, List<String> profiles, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("--server.port=0"));
    if (!postgres) {
      // Also when the postgres profile is included by the build (-Ppostgres): this node runs on H2.
      args.add("--spring.datasource.url=" + databaseUrl);
      args.add("--spring.datasource.driver-class-name=org.h2.Driver");
      args.add("--spring.datasource.username=sa");
      args.add("--spring.datasource.password=");
    }
    args.addAll(List.of(extraArgs));
    List<String> active = new ArrayList<>(profiles);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(TerpaduApplication.class)
        .profiles(active.toArray(String[]::new))
        .run(args.toArray(String[]::new));
    return new Node(context);
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
