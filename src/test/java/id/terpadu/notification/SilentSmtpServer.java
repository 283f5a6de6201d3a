package id.terpadu.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * An "SMTP server" that accepts every connection and then never says a word (no greeting, no reply): what a hung
 * mail relay or a firewall that swallows packets after the handshake looks like to JavaMail. Also reads the shipped
 * JavaMail timeouts ({@code spring.mail.properties} of application.yaml).
 */
final class SilentSmtpServer implements AutoCloseable {

  static final List<String> TIMEOUTS =
      List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");

  private final ServerSocket server;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  final AtomicInteger accepted = new AtomicInteger();

  SilentSmtpServer() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          held.add(server.accept());
          accepted.incrementAndGet();
        } catch (IOException e) {
          return;
        }
      }
    }, "silent-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : held) {
      socket.close();
    }
  }

  /** {@code spring.mail.properties} of the first document of application.yaml (every deployment's defaults). */
  static Map<String, String> shippedMailProperties() {
    try {
      List<PropertySource<?>> yaml =
          new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
      return new Binder(ConfigurationPropertySources.from(yaml.get(0)))
          .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped timeouts as JavaMail properties, each value (milliseconds) changed by {@code scale}. */
  static Properties shippedTimeouts(LongUnaryOperator scale) {
    Map<String, String> shipped = shippedMailProperties();
    Properties properties = new Properties();
    for (String name : TIMEOUTS) {
      properties.put(name, Long.toString(scale.applyAsLong(Long.parseLong(shipped.get(name)))));
    }
    return properties;
  }
}
