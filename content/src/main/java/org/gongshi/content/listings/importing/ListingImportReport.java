package org.gongshi.content.listings.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * What a listing import did: {@code accepted} new listings, {@code updated} ones that changed, {@code unchanged} ones
 * re-imported as they were, {@code held} ones staff have corrected, revoked or deleted (left alone), and the rejected
 * rows and warnings with their line numbers, in line order.
 */
public record ListingImportReport(
        long accepted,
        long updated,
        long unchanged,
        long held,
        List<RowProblem> rejected,
        List<RowProblem> warnings) {
    private static final JsonFactory JSON = new JsonFactory();

    public ListingImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** e.g. "新增 10，更新 1，未变 3，保留 0，拒绝 2，警告 4". */
    public String summary() {
        return "新增 " + accepted + "，更新 " + updated + "，未变 " + unchanged + "，保留 " + held + "，拒绝 "
                + rejected.size() + "，警告 " + warnings.size();
    }

    /**
     * {@code {"accepted": N, "updated": N, "rejected": [{"line": N, "reason": "…"}], "warnings": [...]}}: exactly
     * these four keys, the shape the back office and scripts read.
     */
    public void writeJson(Writer writer) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(writer)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("accepted", accepted);
            json.writeNumberField("updated", updated);
            writeProblems(json, "rejected", rejected);
            writeProblems(json, "warnings", warnings);
            json.writeEndObject();
        }
    }

    public String toJson() {
        StringWriter writer = new StringWriter();
        try {
            writeJson(writer);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return writer.toString();
    }

    private static void writeProblems(JsonGenerator json, String name, List<RowProblem> problems) throws IOException {
        json.writeArrayFieldStart(name);
        for (RowProblem problem : problems) {
            json.writeStartObject();
            json.writeNumberField("line", problem.line());
            json.writeStringField("reason", problem.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
