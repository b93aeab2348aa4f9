package org.gongshi.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Every {@code step}-th row of the CSV file, streamed. */
    static List<ListingSample> every(Path csv, int step) throws IOException {
        List<ListingSample> samples = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            long row = 0;
            for (CSVRecord record : format().parse(reader)) {
                if (row++ % step == 0) {
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
