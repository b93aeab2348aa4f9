package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.importing.ImportedDocument;
import org.gongshi.content.staging.ImportKind;
import org.gongshi.content.staging.StagedImport;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.web.ChineseDates;

/**
 * GET /admin/imports/documents/{id}: what the staged document will be (its metadata and its body through the one
 * sanitizing Markdown pipeline) and, while it waits, the forms: save as a draft (an editor: it then goes through
 * review), publish (a reviewer), or discard. A draft never replaces a published item; a reviewer publishes the update.
 */
final class DocumentReview {
    private final ImportServices services;
    private final Decider decider;

    DocumentReview(ImportServices services, Decider decider) {
        this.services = requireNonNull(services, "services");
        this.decider = requireNonNull(decider, "decider");
    }

    void show(Context context) throws IOException {
        render(context, decider.find(context, ImportKind.DOCUMENT), HttpStatus.OK, null);
    }

    void saveDraft(Context context) throws IOException {
        decide(context, "draft", staged -> decider.publish(context, staged, "import.draft", file -> {
            ImportedDocument document = read(file);
            if (services.documents().storedStatus(document).filter(status -> status == Status.PUBLISHED)
                    .isPresent()) {
                throw new ImportRefusedException(HttpStatus.CONFLICT,
                        services.messages().get("admin.imports.document.wouldUnpublish"));
            }
            return outcome("admin.imports.outcome.draft", services.documents().save(document, Status.DRAFT));
        }));
    }

    void publish(Context context) throws IOException {
        decide(context, "published", staged -> decider.publish(context, staged, "import.published",
                file -> outcome("admin.imports.outcome.published",
                        services.documents().save(read(file), Status.PUBLISHED))));
    }

    void discard(Context context) throws IOException {
        decide(context, "discarded", staged -> decider.discard(context, staged));
    }

    private void decide(Context context, String done, Decision decision) throws IOException {
        StagedImport staged = decider.find(context, ImportKind.DOCUMENT);
        try {
            decision.on(staged);
        } catch (ImportRefusedException refused) {
            render(context, services.staged().find(staged.id()).orElse(staged), refused.status(),
                    refused.getMessage());
            return;
        }
        context.redirect(ImportPaths.of(staged) + "?done=" + done, HttpStatus.SEE_OTHER);
    }

    private String outcome(String key, SaveResult result) {
        return services.messages().get(key, services.messages().get("admin.imports.save." + result.name()));
    }

    private ImportedDocument read(Path file) throws IOException {
        return services.documents().read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    private void render(Context context, StagedImport staged, HttpStatus status, String error) throws IOException {
        StaffMember member = StaffMember.current(context);
        Map<String, Object> model = new HashMap<>();
        model.put("staged", StagedView.of(staged));
        Path file = services.staging().fileOf(staged);
        if (staged.awaiting() && Files.isRegularFile(file)) {
            ImportedDocument document = read(file);
            model.put("document", DocumentView.of(document, services.markdown().toHtml(document.body()),
                    services.documents().storedStatus(document)));
            model.put("canDraft", member.can(CorePermissions.CONTENT_IMPORT));
            model.put("canPublish", member.can(CorePermissions.CONTENT_REVIEW));
            model.put("canDiscard", true);
        }
        Optional.ofNullable(error).ifPresent(message -> model.put("error", message));
        Optional.ofNullable(context.queryParam("done")).filter(StagedView.DONE::contains)
                .ifPresent(done -> model.put("done", services.messages().get("admin.imports.done." + done)));
        context.status(status).render("admin/imports/document.peb", model);
    }

    @FunctionalInterface
    private interface Decision {
        void on(StagedImport staged) throws IOException;
    }

    /** The document as the review page shows it; {@code bodyHtml} is sanitizer output, {@code stored} a Status. */
    public record DocumentView(String kind, String title, String issuer, String documentNumber, String date,
            String effectiveOn, String publicPath, String bodyHtml, String stored) {
        static DocumentView of(ImportedDocument document, String bodyHtml, Optional<Status> stored) {
            String base = switch (document.kind()) {
                case CASE -> "/cases/";
                case POLICY -> "/policies/";
                case BULLETIN -> "/bulletins/";
            };
            return new DocumentView(document.kind().label(), document.title(), document.issuer(),
                    document.documentNumber(), ChineseDates.format(document.date()),
                    ChineseDates.format(document.effectiveOn()), base + document.slug(), bodyHtml,
                    stored.map(Status::name).orElse(null));
        }
    }
}
