package id.terpadu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The mail server of the application nodes during a run: an SMTP sink in the harness's JVM that accepts every
 * message and keeps none, for as long as that JVM runs (daemon threads). In production the mail server is another
 * machine; the demo profile's sink inside the node (GreenMail, which parses and keeps every message in the node's
 * heap) cost the intake node as much CPU as its own requests, so the nodes run with it switched off and send here
 * instead. The application's side of mail (outbox rows, rendering, the SMTP client) is still measured.
 */
final class MailSink {

  private static MailSink shared;

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "bench-mail-sink");
    thread.setDaemon(true);
    return thread;
  });

  private MailSink() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::accept);
  }

  /** The one sink of this harness run, started on first use. */
  static synchronized MailSink shared() throws IOException {
    if (shared == null) {
      shared = new MailSink();
    }
    return shared;
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.execute(() -> converse(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /** The server side of RFC 5321 as JavaMail uses it: greeting, EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. */
  private void converse(Socket socket) {
    try (socket;
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
            StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 bench-mail-sink ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
        switch (verb) {
          case "EHLO" -> reply(out, "250-bench-mail-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
          case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // discarded
            }
            reply(out, "250 OK queued");
          }
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Command not implemented");
        }
      }
    } catch (IOException e) {
      // the node closed the connection: nothing to keep
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }
}
