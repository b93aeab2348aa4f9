package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.ListingView;
import org.gongshi.plugin.PluginListings;
import org.gongshi.plugin.PluginUploads;
import org.gongshi.plugin.StoredFile;
import org.gongshi.plugin.UploadRejectedException;

/**
 * GET and POST /objections/new (an objection) and /objections/repair (credit repair after performance), both
 * pre-filled from {@code ?listing=<id>}. A wrong field comes back with its message beside it and the form refilled
 * (files must be chosen again); a valid one is stored and answered with the receipt.
 */
final class FilingPage {
    static final String EVIDENCE_FIELD = "evidence";
    static final String TOKEN_FIELD = "submission";

    private final Kind kind;
    private final PluginListings listings;
    private final PluginUploads uploads;
    private final InputChecks checks;
    private final Submissions submissions;
    private final Codes codes;

    FilingPage(Kind kind, PluginListings listings, PluginUploads uploads, InputChecks checks, Submissions submissions,
            Codes codes) {
        this.kind = requireNonNull(kind, "kind");
        this.listings = requireNonNull(listings, "listings");
        this.uploads = requireNonNull(uploads, "uploads");
        this.checks = requireNonNull(checks, "checks");
        this.submissions = requireNonNull(submissions, "submissions");
        this.codes = requireNonNull(codes, "codes");
    }

    void show(Context context) {
        Map<String, String> values = new HashMap<>();
        values.put("listing", FilingForm.clean(context.queryParam("listing")));
        render(context, values, Map.of(), codes.submissionToken());
    }

    void submit(Context context) {
        String token = context.formParam(TOKEN_FIELD);
        if (!Codes.isSubmissionToken(token)) {
            // Not a form this site showed (or a very old one): a fresh form, nothing stored.
            token = codes.submissionToken();
        } else {
            Optional<Receipt> earlier = submissions.received(token);
            if (earlier.isPresent()) {
                showReceipt(context, earlier.get());
                return;
            }
        }
        FilingForm form = FilingForm.read(kind, context::formParam, listings::find, checks);
        List<UploadedFile> files = chosen(context.uploadedFiles(EVIDENCE_FIELD));
        if (kind == Kind.CREDIT_REPAIR && files.isEmpty()) {
            form.evidenceError("请上传结案文书、和解协议或履行完毕的证明材料。");
        }
        if (form.filing().isEmpty()) {
            render(context.status(422), form.values(), form.errors(), token);
            return;
        }
        Optional<List<StoredFile>> stored = store(files, form);
        if (stored.isEmpty()) {
            render(context.status(422), form.values(), form.errors(), token);
            return;
        }
        showReceipt(context, submissions.submit(form.filing().orElseThrow(), stored.get(), token));
    }

    /**
     * Makes each file durable, or tells which one was refused and why (by its position: the name is the sender's
     * and is not repeated). A name that points into folders is refused outright, though only its last part would be
     * kept: such a name is never what a person's file manager sends.
     */
    private Optional<List<StoredFile>> store(List<UploadedFile> files, FilingForm form) {
        List<StoredFile> stored = new ArrayList<>();
        try {
            uploads.checkFileCount(files.size(), Evidence.POLICY);
        } catch (UploadRejectedException refused) {
            form.evidenceError(refused.getMessage() + "。");
            return Optional.empty();
        }
        for (int index = 0; index < files.size(); index++) {
            UploadedFile file = files.get(index);
            String position = "第 " + (index + 1) + " 个文件";
            if (pointsIntoFolders(file.filename())) {
                form.evidenceError(position + "的文件名含有路径，请改名后重新选择。");
                return Optional.empty();
            }
            try (InputStream content = file.content()) {
                stored.add(uploads.storeFile(content, file.filename(), Evidence.POLICY));
            } catch (UploadRejectedException refused) {
                form.evidenceError(position + "：" + refused.getMessage() + "。");
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("reading an uploaded file failed", e);
            }
        }
        return Optional.of(stored);
    }

    static boolean pointsIntoFolders(String name) {
        return name.contains("/") || name.contains("\\") || name.equals("..") || name.startsWith("../");
    }

    /** Browsers send an empty part for a file field left empty. */
    private static List<UploadedFile> chosen(List<UploadedFile> files) {
        return files.stream().filter(file -> file.size() > 0 || !file.filename().isEmpty()).toList();
    }

    private void showReceipt(Context context, Receipt receipt) {
        context.header("Cache-Control", "no-store");
        context.render("objections/receipt.peb", Map.of("receipt", receipt));
    }

    private void render(Context context, Map<String, String> values, Map<String, String> errors, String token) {
        context.header("Cache-Control", "no-store");
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("action", kind == Kind.OBJECTION ? "/objections/new" : "/objections/repair");
        model.put("values", values);
        model.put("errors", errors);
        model.put("submission", token);
        model.put("grounds", Ground.values());
        model.put("relationships", Relationship.values());
        model.put("reasonMax", FilingForm.REASON_MAX);
        String listingId = values.get("listing");
        Optional<ListingView> listing = listingId == null || listingId.isEmpty() ? Optional.empty()
                : listings.find(listingId).filter(found -> found.status().isPublic());
        listing.ifPresent(found -> model.put("listing", ListedParty.of(found)));
        context.render("objections/form.peb", model);
    }
}
