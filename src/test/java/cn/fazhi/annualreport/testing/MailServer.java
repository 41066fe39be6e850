package cn.fazhi.annualreport.testing;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) for the JVM's integration tests; the product sends its mails to it. It can be
 * stopped and started again on the same port, to play a mail server that is down for a while.
 */
public class MailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	private static int port;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		start();
		TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port).applyTo(context);
	}

	public static synchronized void start() {
		if (server == null) {
			ServerSetup setup = port == 0 ? ServerSetup.SMTP.dynamicPort() : new ServerSetup(port, "127.0.0.1", "smtp");
			server = new GreenMail(setup.verbose(false));
			server.start();
			port = server.getSmtp().getPort();
		}
	}

	/** The mail server goes away; deliveries fail until {@link #start()}. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Everything received since the server started, in order. */
	public static synchronized List<Mail> received() {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages()).map(Mail::of).toList();
	}

	/** A received mail, decoded: its plain text and, where it has one, its HTML. */
	public record Mail(String to, String subject, String body, String html) {

		public static Mail of(MimeMessage message) {
			try {
				return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
						part(message, "text/plain"), part(message, "text/html"));
			}
			catch (jakarta.mail.MessagingException | java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The decoded part of that type, wherever it sits in the multipart structure. */
		private static String part(jakarta.mail.Part part, String type)
				throws jakarta.mail.MessagingException, java.io.IOException {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					String text = part(multipart.getBodyPart(i), type);
					if (text != null) {
						return text;
					}
				}
			}
			return null;
		}

	}

}
