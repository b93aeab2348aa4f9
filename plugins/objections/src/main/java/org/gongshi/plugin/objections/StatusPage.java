package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.PluginUploads;
import org.gongshi.plugin.StoredFile;
import org.gongshi.plugin.UploadRejectedException;

/**
 * /objections/status: the tracking number and query code show the request's state, dates, deadlines, what is missing
 * and the decision with its reasons — nothing about anyone else. A wrong number and a wrong code get the same answer
 * after the same work (a comparison against a stand-in hash), so a guess learns nothing, not even that a number
 * exists. From the page the applicant also sends missing materials and asks for reconsideration; those forms carry
 * the number and code again, as the page's only memory.
 */
final class StatusPage {
    private static final String WRONG = "跟踪编号或查询码不正确，请核对后重新输入。查询码在提交成功的页面上，区分不了字母 O 和数字 0 时都可以输入 0。";
    /** Compared against when no request has the number, so both failures cost the same. */
    private static final String STAND_IN_HASH = Codes.sha256("no such request");

    private final ObjectionStore store;
    private final Procedure procedure;
    private final PluginUploads uploads;
    private final InputChecks checks;
    private final Deadlines deadlines;
    private final Clock clock;

    StatusPage(ObjectionStore store, Procedure procedure, PluginUploads uploads, InputChecks checks,
            Deadlines deadlines, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.procedure = requireNonNull(procedure, "procedure");
        this.uploads = requireNonNull(uploads, "uploads");
        this.checks = requireNonNull(checks, "checks");
        this.deadlines = requireNonNull(deadlines, "deadlines");
        this.clock = requireNonNull(clock, "clock");
    }

    void show(Context context) {
        context.header("Cache-Control", "no-store");
        context.render("objections/status.peb", Map.of("number", ""));
    }

    void lookUp(Context context) {
        authorized(context).ifPresent(objection -> showRequest(context, objection, Map.of(), null));
    }

    void supplement(Context context) {
        Optional<Objection> found = authorized(context);
        if (found.isEmpty()) {
            return;
        }
        Objection objection = found.get();
        String note = FilingForm.clean(context.formParam("note"));
        List<UploadedFile> files = context.uploadedFiles(FilingPage.EVIDENCE_FIELD).stream()
                .filter(file -> file.size() > 0 || !file.filename().isEmpty()).toList();
        if (files.isEmpty() && note.isEmpty()) {
            showRequest(context.status(422), objection, Map.of("supplement", "请上传补充的材料，或写明补充说明。"), null);
            return;
        }
        List<StoredFile> stored = new ArrayList<>();
        try {
            uploads.checkFileCount(files.size(), Evidence.POLICY);
            for (UploadedFile file : files) {
                if (FilingPage.pointsIntoFolders(file.filename())) {
                    showRequest(context.status(422), objection, Map.of("supplement", "文件名含有路径，请改名后重新选择。"),
                            null);
                    return;
                }
                try (InputStream content = file.content()) {
                    stored.add(uploads.storeFile(content, file.filename(), Evidence.POLICY));
                }
            }
        } catch (UploadRejectedException refused) {
            showRequest(context.status(422), objection, Map.of("supplement", refused.getMessage() + "。"), null);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded file failed", e);
        }
        step(context, objection, Action.SUPPLEMENT, note.isEmpty() ? null : note, stored);
    }

    void appeal(Context context) {
        authorized(context).ifPresent(objection -> step(context, objection, Action.APPEAL,
                FilingForm.clean(context.formParam("reason")), List.of()));
    }

    private void step(Context context, Objection objection, Action action, String note, List<StoredFile> files) {
        try {
            Objection after = procedure.take(objection.trackingNumber(), action, Procedure.APPLICANT, note,
                    objection.version(), null, (connection, now) -> addEvidence(connection, objection, files, now));
            showRequest(context, after, Map.of(), action == Action.APPEAL ? "已收到您的复核申请。" : "已收到您补充的材料。");
        } catch (StepRefusedException refused) {
            showRequest(context.status(422), objection,
                    Map.of(action == Action.APPEAL ? "appeal" : "supplement", refused.getMessage()), null);
        }
    }

    private void addEvidence(java.sql.Connection connection, Objection objection, List<StoredFile> files, Instant now)
            throws java.sql.SQLException {
        int position = HistoryRows.next(connection, "objections_evidence", "position", objection.trackingNumber());
        for (StoredFile file : files) {
            uploads.record(connection, file, Procedure.APPLICANT);
            HistoryRows.addEvidence(connection, objection.trackingNumber(), new Evidence(position++, file.sha256(),
                    file.type(), file.sizeBytes(), file.displayName(), now));
        }
    }

    /** The request the form's number and code open; otherwise the lookup form again with one message for both. */
    private Optional<Objection> authorized(Context context) {
        String number = Base32.normalize(context.formParam("number"));
        String code = context.formParam("code");
        String hash = number == null || number.isEmpty() ? STAND_IN_HASH
                : store.codeHash(number).orElse(STAND_IN_HASH);
        // Identity, not equality: only the stand-in itself means "no such request"; the comparison ran either way.
        boolean matches = Codes.matches(code == null ? "" : code, hash) && hash != STAND_IN_HASH;
        Optional<Objection> found = matches ? store.find(number) : Optional.empty();
        if (found.isEmpty()) {
            context.header("Cache-Control", "no-store");
            context.status(422).render("objections/status.peb", Map.of("number",
                    FilingForm.clean(context.formParam("number")), "error", WRONG));
        }
        return found;
    }

    private void showRequest(Context context, Objection objection, Map<String, String> errors, String done) {
        context.header("Cache-Control", "no-store");
        LocalDate today = LocalDate.ofInstant(Timestamps.truncate(clock.instant()), Procedure.BEIJING);
        Map<String, Object> model = new HashMap<>();
        model.put("request", PublicView.of(objection, checks.shownIdentifier(objection.applicant().identifier()),
                store.evidence(objection.trackingNumber()), store.events(objection.trackingNumber()), deadlines,
                today));
        model.put("number", objection.trackingNumber());
        model.put("code", Base32.normalize(context.formParam("code")));
        model.put("errors", errors);
        if (done != null) {
            model.put("done", done);
        }
        context.render("objections/status.peb", model);
    }
}
