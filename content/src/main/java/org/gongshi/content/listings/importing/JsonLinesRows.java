package org.gongshi.content.listings.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** JSON Lines: one object per line under the national site's keys or our labels; blank lines are skipped. */
final class JsonLinesRows implements RowReader {
    private static final JsonFactory JSON = new JsonFactory();

    private final BufferedReader reader;
    private final Set<String> unknownSeen = new HashSet<>();
    private final List<RowProblem> unknownColumns = new ArrayList<>();
    private long line;
    private boolean anyKnownKey;

    JsonLinesRows(BufferedReader reader) {
        this.reader = reader;
    }

    @Override
    public SourceRow next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        try {
            SourceRow row = parse(text);
            if (!anyKnownKey) {
                throw new ListingImportException("第 " + line + " 行没有可识别的字段，如 iname、caseCode 或“案号”");
            }
            return row;
        } catch (JsonProcessingException broken) {
            return SourceRow.broken(line, "不是有效的 JSON 对象");
        }
    }

    private SourceRow parse(String text) throws IOException {
        String[] values = SourceRow.emptyValues();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return SourceRow.broken(line, "不是有效的 JSON 对象");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                ListingColumn column = ListingColumn.named(key).orElse(null);
                if (column == null) {
                    warnOnce(key);
                } else {
                    anyKnownKey = true;
                }
                if (value.isStructStart()) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    SourceRow.put(values, column, parser.getText());
                }
            }
            if (parser.nextToken() != null) {
                return SourceRow.broken(line, "一行只能有一个 JSON 对象");
            }
        }
        return new SourceRow(line, values, null);
    }

    private void warnOnce(String key) {
        if (unknownSeen.add(key)) {
            unknownColumns.add(new RowProblem(line, "未知的字段“" + key + "”，已忽略"));
        }
    }

    @Override
    public List<RowProblem> columnWarnings() {
        return unknownColumns;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
