package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Queues the mail that tells an applicant about a step, in the step's own transaction ({@code objections_mail}); the
 * mail job sends it. Only when SMTP is configured and the applicant gave an address. A mail names the request and its
 * state and says where to look; it never holds the query code, the ID number or anything the reason said.
 */
final class Notifications {
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private final boolean enabled;
    private final String siteUrl;

    Notifications(boolean enabled, String siteUrl) {
        this.enabled = enabled;
        this.siteUrl = requireNonNull(siteUrl, "siteUrl").replaceAll("/+$", "");
    }

    void queue(Connection connection, Objection objection, Event event, Instant now) throws SQLException {
        String recipient = objection.applicant().email();
        if (!enabled || recipient == null) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO objections_mail (tracking_number, "
                + "sequence, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, objection.trackingNumber());
            insert.setInt(2, event.sequence());
            insert.setString(3, recipient);
            insert.setString(4, subject(objection));
            insert.setString(5, body(objection));
            insert.setString(6, Timestamps.format(now));
            insert.executeUpdate();
        }
    }

    static String subject(Objection objection) {
        return "您的" + objection.kind().label() + "（" + objection.trackingNumber() + "）：" + objection.stateLabel();
    }

    String body(Objection objection) {
        StringBuilder text = new StringBuilder();
        text.append("您好：\n\n您提交的").append(objection.kind().label()).append("（跟踪编号 ")
                .append(objection.trackingNumber()).append("）目前的状态是：").append(objection.stateLabel()).append("。\n");
        if (objection.dueOn() != null) {
            text.append("下一步办理期限：").append(date(objection.dueOn())).append("。\n");
        }
        switch (objection.state()) {
            case RETURNED -> text.append("请查看需要补充的材料，并在查询页面提交。\n");
            case UPHELD, REJECTED, CORRECTED, MAINTAINED -> text.append("决定及理由请在查询页面查看。\n");
            case SUBMITTED, ACCEPTED, UNDER_REVIEW, RECONSIDERING -> { }
        }
        text.append("\n查询办理进度：").append(siteUrl).append("/objections/status\n")
                .append("查询时请输入跟踪编号和提交时获得的查询码。为保护您的信息，本邮件不包含查询码。\n\n")
                .append("本邮件由系统自动发送，请勿直接回复。\n");
        return text.toString();
    }

    static String date(LocalDate date) {
        return date == null ? "" : CHINESE_DATE.format(date);
    }
}
