package th.go.cdd.performance.reminder;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one e-mail through the server's mail session {@code mail/cdd} (defined by the post-boot
 * commands). Host, port and sender can be overridden by {@code cdd.mail.host}, {@code cdd.mail.port},
 * {@code cdd.mail.from} (system properties or environment variables CDD_MAIL_HOST, ...).
 */
@ApplicationScoped
public class Mailer {
  @Resource(lookup = "mail/cdd")
  private Session session;

  @Inject
  @ConfigProperty(name = "cdd.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "cdd.mail.port")
  Optional<Integer> port;

  @Inject
  @ConfigProperty(name = "cdd.mail.from")
  Optional<String> from;

  public void send(String to, String subject, String body) throws MessagingException {
    Session s = session();
    MimeMessage message = new MimeMessage(s);
    String sender = from.orElse(s.getProperty("mail.from"));
    if (sender != null) {
      message.setFrom(new InternetAddress(sender));
    } else {
      message.setFrom();
    }
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    Transport.send(message);
  }

  private Session session() {
    Properties p = new Properties();
    p.putAll(session.getProperties());
    p.putIfAbsent("mail.smtp.connectiontimeout", "10000");
    p.putIfAbsent("mail.smtp.timeout", "20000");
    host.ifPresent(h -> p.setProperty("mail.smtp.host", h));
    port.ifPresent(n -> p.setProperty("mail.smtp.port", String.valueOf(n)));
    return Session.getInstance(p);
  }
}
