package org.gongshi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Policy texts made of the seed documents' real paragraphs, shuffled with a fixed seed, as front-matter files the
 * site's own importer reads: a corpus of any size whose language is the language the site serves.
 */
final class SyntheticCorpus {
    private static final String[] ISSUERS = {"某省高级人民法院", "某市中级人民法院", "某市社会信用体系建设领导小组办公室",
            "某省全面依法治省委员会办公室", "某县人民法院"};
    private static final String[] TOPICS = {"失信被执行人信用修复", "行政机关履行生效判决", "终结本次执行程序案件管理",
            "执行联动机制", "政务诚信建设", "规范执行行为", "拒不执行判决裁定罪打击"};

    private SyntheticCorpus() {}

    static Path write(Path seedDirectory, Path target, int documents) throws IOException {
        List<String> paragraphs = paragraphs(seedDirectory);
        Random random = new Random(20261121L);
        Files.createDirectories(target);
        for (int i = 1; i <= documents; i++) {
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
            StringBuilder file = new StringBuilder()
                    .append("---\ntype: policy\nslug: bench-").append(i)
                    .append("\ntitle: 关于进一步加强").append(topic).append("工作的通知（第").append(i).append("号）")
                    .append("\nissuer: ").append(ISSUERS[random.nextInt(ISSUERS.length)])
                    .append("\ndocumentNumber: 某法发〔").append(date.getYear()).append("〕").append(i).append("号")
                    .append("\nwrittenOn: ").append(date).append("\n---\n\n");
            for (int p = 0; p < 8; p++) {
                file.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            Files.writeString(target.resolve(String.format("policy-%06d.md", i)), file, StandardCharsets.UTF_8);
        }
        return target;
    }

    private static List<String> paragraphs(Path seedDirectory) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(seedDirectory)) {
            for (Path seed : seeds.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                    String paragraph = line.strip();
                    // Whole sentences only, without Markdown-significant leading characters.
                    if (paragraph.length() >= 40 && paragraph.endsWith("。") && Character.isIdeographic(paragraph.codePointAt(0))) {
                        paragraphs.add(paragraph);
                    }
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException("no seed paragraphs under " + seedDirectory);
        }
        return paragraphs;
    }
}
