package org.gongshi.site.uploads;

import static java.util.Objects.requireNonNull;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.uploads.StoredUpload;
import org.gongshi.content.uploads.UploadPolicy;
import org.gongshi.content.uploads.UploadRejectedException;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.content.uploads.UploadTooLargeException;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.AuditTrail;
import org.gongshi.site.web.Messages;

/**
 * GET /admin/uploads shows the form; POST stores one file in the public articles area and answers with its address
 * and the Markdown to paste. A file refused by its bytes (a disguised type, a damaged or empty file) is 422, one over
 * the size limit 413; both are audited as {@code upload.refused} and leave nothing behind. A request that accepts JSON
 * (the content editor's image button, static/js/markdown-upload.js) gets the same answer as {@code {"stored": …}} or
 * {@code {"error": …}}.
 */
final class ArticleUploadPage {
    private static final int MAXIMUM_DESCRIPTION = 100;

    private final UploadStore articles;
    private final AuditTrail audit;
    private final Messages messages;

    ArticleUploadPage(UploadStore articles, AuditTrail audit, Messages messages) {
        this.articles = requireNonNull(articles, "articles");
        this.audit = requireNonNull(audit, "audit");
        this.messages = requireNonNull(messages, "messages");
    }

    void show(Context context) {
        render(context, 200, "", Map.of());
    }

    void upload(Context context) {
        String description = Optional.ofNullable(context.formParam("description")).map(String::strip).orElse("");
        if (description.length() > MAXIMUM_DESCRIPTION || description.chars().anyMatch(Character::isISOControl)) {
            render(context, 422, description, Map.of("error",
                    messages.get("admin.uploads.error.description", MAXIMUM_DESCRIPTION)));
            return;
        }
        UploadedFile file = context.uploadedFile("file");
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            render(context, 422, description, Map.of("error", messages.get("admin.uploads.error.noFile")));
            return;
        }
        String uploader = StaffMember.current(context).name();
        StoredUpload stored;
        try (InputStream content = file.content()) {
            stored = articles.store(content, file.filename(), UploadPolicy.ARTICLE_FILES, uploader);
        } catch (UploadRejectedException e) {
            audit.record(audit.event(context, "upload.refused").on("upload-area", articles.area())
                    .saying(e.getMessage() + "：" + shown(file.filename())));
            render(context, e instanceof UploadTooLargeException ? 413 : 422, description,
                    Map.of("error", e.getMessage()));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(audit.event(context, "upload.store").on("upload", stored.sha256())
                .saying(stored.displayName()));
        render(context, 200, "", Map.of("stored", Result.of(stored, description)));
    }

    /** The sent name as the audit log may keep it: printable, and not too long. */
    private static String shown(String name) {
        String printable = name.replaceAll("\\p{Cntrl}|\\p{Cf}", "");
        return printable.length() > MAXIMUM_DESCRIPTION ? printable.substring(0, MAXIMUM_DESCRIPTION) : printable;
    }

    private void render(Context context, int status, String description, Map<String, Object> extra) {
        String accepted = context.header(Header.ACCEPT);
        if (accepted != null && accepted.contains(ContentType.JSON)) {
            context.status(status).json(extra);
            return;
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("description", description);
        context.status(status).render("admin/uploads.peb", model);
    }

    /** What an upload gave: its address, and the Markdown that shows it (an image) or links to it (a PDF). */
    public record Result(String name, String type, String size, String url, String markdown, boolean image,
            String description) {
        static Result of(StoredUpload upload, String description) {
            String url = "/uploads/" + upload.sha256();
            String text = description.isEmpty() ? withoutExtension(upload.displayName()) : description;
            String markdown = upload.mediaType().isImage()
                    ? "![" + escape(text) + "](" + url + ")"
                    : "[" + escape(upload.displayName()) + "](" + url + ")";
            return new Result(upload.displayName(), upload.mediaType().label(), size(upload.sizeBytes()), url,
                    markdown, upload.mediaType().isImage(), text);
        }

        private static String withoutExtension(String name) {
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }

        /** Brackets and backslashes would end or bend the link text. */
        private static String escape(String text) {
            return text.replaceAll("([\\\\\\[\\]])", "\\\\$1");
        }

        private static String size(long bytes) {
            if (bytes < 1024) {
                return bytes + " 字节";
            }
            if (bytes < 1024 * 1024) {
                return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
            }
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
    }
}
