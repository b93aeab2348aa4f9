package org.gongshi.content.listings.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV with a header row. Line numbers are the file's own, so a quoted value over several lines still counts right. */
final class CsvRows implements RowReader {
    // empty lines stay records so that the parser's line count matches the file's
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ColumnLayout layout;
    private long linesBefore;

    CsvRows(Reader reader) throws IOException {
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
        CSVRecord header = nextRecord();
        while (header != null && isBlank(header)) {
            header = nextRecord();
        }
        if (header == null) {
            throw new ListingImportException("文件是空的：没有表头");
        }
        this.layout = ColumnLayout.of(header.toList());
    }

    @Override
    public SourceRow next() {
        CSVRecord record;
        long line;
        do {
            line = linesBefore + 1;
            record = nextRecord();
            if (record == null) {
                return null;
            }
        } while (isBlank(record));
        if (record.size() != layout.width()) {
            return SourceRow.broken(line, "列数不对：应有 " + layout.width() + " 列，实际 " + record.size() + " 列");
        }
        String[] values = SourceRow.emptyValues();
        for (int i = 0; i < record.size(); i++) {
            SourceRow.put(values, layout.at(i), record.get(i));
        }
        return new SourceRow(line, values, null);
    }

    @Override
    public List<RowProblem> columnWarnings() {
        return layout.unknown().stream().map(header -> new RowProblem(1, "未知的列“" + header + "”，已忽略")).toList();
    }

    private CSVRecord nextRecord() {
        try {
            CSVRecord record = records.hasNext() ? records.next() : null;
            linesBefore = parser.getCurrentLineNumber();
            return record;
        } catch (UncheckedIOException malformed) {
            throw new ListingImportException("CSV 格式有误（第 " + (linesBefore + 1) + " 行附近）：" + malformed.getMessage(),
                    malformed);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
