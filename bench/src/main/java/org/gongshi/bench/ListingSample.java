package org.gongshi.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Rows picked evenly from a generated listings file: what the query set asks for and what it must find. */
record ListingSample(String name, String identifier, String caseNumber, String court, String province) {
    static final String NAME = "被执行人姓名/名称";
    static final String IDENTIFIER = "身份证号码/组织机构代码";
    static final String CASE_NUMBER = "案号";
    static final String COURT = "执行法院";
    static final String PROVINCE = "省份";
    static final String DECIDED_ON = "列入决定日期";

    /**
     * Every {@code step}-th row of the CSV file, streamed, or the next one listed within the last two years: an older
     * listing may have run out its term by now, and then the right answer to a query for it is no row at all.
     */
    static List<ListingSample> every(Path csv, int step) throws IOException {
        LocalDate surelyCurrent = LocalDate.now().minusYears(2).plusDays(1);
        List<ListingSample> samples = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            long row = 0;
            boolean due = false;
            for (CSVRecord record : format().parse(reader)) {
                due |= row++ % step == 0;
                if (due && !LocalDate.parse(record.get(DECIDED_ON)).isBefore(surelyCurrent)) {
                    due = false;
                    samples.add(new ListingSample(record.get(NAME), record.get(IDENTIFIER), record.get(CASE_NUMBER),
                            record.get(COURT), record.get(PROVINCE)));
                }
            }
        }
        return samples;
    }

    static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();
    }
}
