package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.gongshi.plugin.PluginDatabase;
import org.gongshi.plugin.Setting;
import org.gongshi.plugin.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mail over SMTP when {@code objections.smtp.host} is set; without it nothing is queued or sent and nothing fails.
 * Queued notifications ({@code objections_mail}) go out from a background job, so no request waits on a mail server;
 * a sent mail's row is deleted, one that fails stays for the next run (at most {@value #MAX_ATTEMPTS} tries). Logs
 * name tracking numbers only, never an address.
 */
final class Mail {
    private static final Logger LOG = LoggerFactory.getLogger(Mail.class);
    private static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 50;

    private final Session session;
    private final String from;
    private final String digestTo;
    private final PluginDatabase database;
    private final Clock clock;

    private Mail(Session session, String from, String digestTo, PluginDatabase database, Clock clock) {
        this.session = session;
        this.from = from;
        this.digestTo = digestTo;
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
    }

    static List<Setting> settings() {
        return List.of(
                new Setting("objections.smtp.host", "", "发送通知邮件的 SMTP 服务器；留空则不发送邮件"),
                new Setting("objections.smtp.port", "587", "SMTP 端口"),
                new Setting("objections.smtp.username", "", "SMTP 用户名（可留空）"),
                new Setting("objections.smtp.password", "", "SMTP 密码（可留空）"),
                new Setting("objections.smtp.starttls", "true", "是否要求 STARTTLS（true/false）"),
                new Setting("objections.smtp.from", "", "发件人地址，例如 noreply@gongshi.example.cn"),
                new Setting("objections.digest-to", "", "每日逾期提醒的收件地址（多个用逗号分隔）；留空则不发送"));
    }

    static Mail configure(Settings settings, PluginDatabase database, Clock clock) {
        String host = settings.get("objections.smtp.host").strip();
        if (host.isEmpty()) {
            return new Mail(null, null, null, database, clock);
        }
        String from = settings.get("objections.smtp.from").strip();
        if (from.isEmpty()) {
            throw new IllegalArgumentException("配置了 objections.smtp.host 时必须同时配置发件人 objections.smtp.from");
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", settings.get("objections.smtp.port").strip());
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        boolean starttls = Boolean.parseBoolean(settings.get("objections.smtp.starttls").strip());
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        String username = settings.get("objections.smtp.username").strip();
        Session session;
        if (username.isEmpty()) {
            session = Session.getInstance(properties);
        } else {
            properties.put("mail.smtp.auth", "true");
            String password = settings.get("objections.smtp.password");
            session = Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(username, password);
                }
            });
        }
        String digestTo = settings.get("objections.digest-to").strip();
        return new Mail(session, from, digestTo.isEmpty() ? null : digestTo, database, clock);
    }

    boolean enabled() {
        return session != null;
    }

    /** Sends what is queued, oldest first. */
    void sendQueued() {
        for (Queued mail : queued()) {
            try {
                send(mail.recipient(), mail.subject(), mail.body());
                database.inTransaction(connection -> update(connection,
                        "DELETE FROM objections_mail WHERE tracking_number = ? AND sequence = ?", mail));
            } catch (MessagingException e) {
                LOG.warn("mail about {} not sent (try {}): {}", mail.trackingNumber(), mail.attempts() + 1,
                        e.getClass().getSimpleName());
                database.inTransaction(connection -> update(connection, "UPDATE objections_mail SET attempts = "
                        + "attempts + 1 WHERE tracking_number = ? AND sequence = ?", mail));
            }
        }
    }

    /**
     * Once a day (the first run after the date changes), the list of requests past their deadline to the configured
     * address: tracking numbers, states and deadlines only.
     */
    void digest(ObjectionStore store, LocalDate today) {
        if (!enabled() || digestTo == null) {
            return;
        }
        List<Objection> overdue = store.overdueList(today);
        boolean first = database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO objections_digest (sent_on) SELECT ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM objections_digest WHERE sent_on = ?)")) {
                insert.setString(1, today.toString());
                insert.setString(2, today.toString());
                return insert.executeUpdate() == 1;
            }
        });
        if (!first || overdue.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder("以下异议和信用修复申请已超过办理期限（" + Notifications.date(today)
                + "）：\n\n");
        for (Objection objection : overdue) {
            body.append(objection.trackingNumber()).append("  ").append(objection.stateLabel()).append("  期限 ")
                    .append(Notifications.date(objection.dueOn())).append("  ").append(objection.court()).append('\n');
        }
        try {
            send(digestTo, "逾期提醒：" + overdue.size() + " 件异议和修复申请超过办理期限", body.toString());
        } catch (MessagingException e) {
            LOG.warn("overdue digest not sent: {}", e.getClass().getSimpleName());
        }
    }

    private void send(String recipients, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipients));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(java.util.Date.from(clock.instant()));
        Transport.send(message);
    }

    private List<Queued> queued() {
        return database.read(connection -> {
            List<Queued> mails = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT tracking_number, sequence, recipient, "
                    + "subject, body, attempts FROM objections_mail WHERE attempts < " + MAX_ATTEMPTS
                    + " ORDER BY created_at LIMIT " + BATCH);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    mails.add(new Queued(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6)));
                }
            }
            return mails;
        });
    }

    private static Void update(java.sql.Connection connection, String sql, Queued mail) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, mail.trackingNumber());
            statement.setInt(2, mail.sequence());
            statement.executeUpdate();
        }
        return null;
    }

    private record Queued(String trackingNumber, int sequence, String recipient, String subject, String body,
            int attempts) {}
}
