package org.gongshi.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The five seed texts (the demo policies the content module ships) as documents: whole, or one per paragraph. */
final class SeedCorpus {
    static final List<String> NAMES = List.of("000_f96eb7c6def7764d", "001_022b7aa0cfeaf719", "002_8d0a3c5b0291dd56",
            "003_977e54b918c6256d", "004_0fcbc4eea0130725");

    private SeedCorpus() {}

    /** One document per seed: the first non-empty line is the title, the rest the body. */
    static InMemorySource wholeTexts() {
        InMemorySource source = new InMemorySource("seed", "种子文本");
        for (String name : NAMES) {
            List<String> lines = paragraphs(name);
            source.put(TestIndex.document("seed:" + name.substring(0, 3), lines.get(0),
                    String.join("\n", lines.subList(1, lines.size()))));
        }
        return source;
    }

    /** One document per paragraph, id {@code seed:000-p7}, so precision over the seeds has enough to rank. */
    static InMemorySource paragraphs() {
        InMemorySource source = new InMemorySource("seed", "种子文本");
        for (String name : NAMES) {
            List<String> lines = paragraphs(name);
            for (int number = 1; number < lines.size(); number++) {
                source.put(TestIndex.document("seed:" + name.substring(0, 3) + "-p" + number, "", lines.get(number)));
            }
        }
        return source;
    }

    private static List<String> paragraphs(String name) {
        try (InputStream in = SeedCorpus.class.getResourceAsStream("/demo/policies/" + name + ".txt")) {
            List<String> paragraphs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    paragraphs.add(line.strip());
                }
            }
            return paragraphs;
        } catch (IOException e) {
            throw new IllegalStateException("seed " + name + " is missing", e);
        }
    }
}
