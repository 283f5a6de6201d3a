package id.terpadu.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Demo profile only: an SMTP sink inside the application (GreenMail, on the loopback address), so that a
 * newcomer sees the notification e-mails at {@code /dev/mail} and nothing leaves the machine. The
 * application's mail sender points at it, replacing {@code spring.mail.*}. Port
 * {@code terpadu.mail.demo-sink.port} (default 3025; 0 picks a free one, as tests do). Mails live in memory
 * and are gone after a restart.
 */
@Configuration
@Profile("demo")
@ConditionalOnProperty(name = "terpadu.mail.demo-sink.enabled", havingValue = "true", matchIfMissing = true)
public class DemoMailSink {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailSink.class);
  static final String HOST = "127.0.0.1";

  @Bean(destroyMethod = "stop")
  GreenMail demoMailServer(@Value("${terpadu.mail.demo-sink.port:3025}") int port) {
    ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
    GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    server.start();
    LOG.info("Demo profile: e-mails go to the embedded SMTP sink on {}:{}; read them at /dev/mail", HOST,
        server.getSmtp().getPort());
    return server;
  }

  @Bean
  JavaMailSender demoMailSender(GreenMail demoMailServer) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(HOST);
    sender.setPort(demoMailServer.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    return sender;
  }
}
