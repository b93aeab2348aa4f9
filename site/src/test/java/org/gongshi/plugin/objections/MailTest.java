package org.gongshi.plugin.objections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.content.testing.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Notifications through an in-process SMTP server: sent from the queue, never with the query code. */
class MailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T02:00:00Z"));

    @Test
    void queuedNotificationsAndTheDigestAreSentWithoutTheQueryCode() throws Exception {
        Harness harness = new Harness(directory, clock, true);
        Mail mail = Mail.configure(settings(Map.of("objections.smtp.host", "127.0.0.1", "objections.smtp.port",
                String.valueOf(ServerSetupTest.SMTP.getPort()), "objections.smtp.starttls", "false",
                "objections.smtp.from", "noreply@gongshi.test", "objections.digest-to", "court@gongshi.test")),
                harness.database, clock);
        Receipt receipt = harness.submissions.submit(harness.filing(Kind.OBJECTION, "zhao@example.cn"), List.of(),
                harness.codes.submissionToken());

        mail.sendQueued();
        mail.sendQueued();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length, "sent once, then gone from the queue");
        String body = GreenMailUtil.getBody(received[0]);
        String text = new String(received[0].getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(received[0].getSubject().contains(receipt.trackingNumber()), received[0].getSubject());
        assertEquals("zhao@example.cn", received[0].getAllRecipients()[0].toString());
        assertTrue(text.contains("/objections/status"), text);
        assertFalse(text.contains(receipt.queryCode()) || body.contains(receipt.queryCode()), "no query code");

        mail.digest(harness.store, LocalDate.of(2026, 12, 1));
        mail.digest(harness.store, LocalDate.of(2026, 12, 1));
        assertEquals(2, SMTP.getReceivedMessages().length, "one digest a day");
        assertTrue(SMTP.getReceivedMessages()[1].getSubject().contains("逾期提醒"));
    }

    @Test
    void withoutSmtpNothingIsQueuedAndNothingFails() {
        Harness harness = new Harness(directory, clock, false);
        Mail mail = Mail.configure(settings(Map.of()), harness.database, clock);
        harness.submissions.submit(harness.filing(Kind.OBJECTION, "zhao@example.cn"), List.of(),
                harness.codes.submissionToken());

        mail.sendQueued();
        mail.digest(harness.store, LocalDate.of(2026, 12, 1));

        assertFalse(mail.enabled());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    private static org.gongshi.plugin.Settings settings(Map<String, String> values) {
        Map<String, String> defaults = new java.util.HashMap<>();
        Mail.settings().forEach(setting -> defaults.put(setting.key(), setting.defaultValue()));
        defaults.putAll(values);
        return defaults::get;
    }
}
