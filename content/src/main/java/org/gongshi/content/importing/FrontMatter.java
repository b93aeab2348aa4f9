package org.gongshi.content.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.content.Status;

/**
 * The YAML block between two {@code ---} lines at the top of a Markdown file, and the Markdown after it. Values are
 * read by field name with a zh-CN reason for anything missing or malformed; unknown fields are refused, so a typo
 * ({@code casenumber:}) is reported rather than silently dropped.
 */
final class FrontMatter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern BLOCK = Pattern.compile("\\A---[ \\t]*\\R(.*?)\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)(.*)\\z",
            Pattern.DOTALL);

    private final JsonNode fields;
    private final String body;

    private FrontMatter(JsonNode fields, String body) {
        this.fields = fields;
        this.body = body;
    }

    static FrontMatter split(String text) {
        Matcher matcher = BLOCK.matcher(text);
        if (!matcher.matches()) {
            throw new ImportFailure("缺少 YAML 头：Markdown 文件须以 --- 行开始，写明 type: case、policy 或 bulletin，再以 --- 行结束");
        }
        JsonNode fields;
        try {
            fields = YAML.readTree(matcher.group(1));
        } catch (JacksonException malformed) {
            int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr() + 1;
            throw new ImportFailure("YAML 头格式有误（文件第 " + line + " 行）；含 [ ] : # 等符号的值请用引号括起来");
        }
        if (fields == null || !fields.isObject()) {
            throw new ImportFailure("YAML 头应是“字段: 值”的列表");
        }
        return new FrontMatter(fields, matcher.group(2));
    }

    String body() {
        return body;
    }

    void allowOnly(Set<String> known) {
        Iterator<String> names = fields.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ImportFailure("YAML 头有未知字段“" + name + "”；可用字段：" + String.join("、", known.stream().sorted().toList()));
            }
        }
    }

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new ImportFailure("YAML 头缺少字段“" + name + "”");
        }
        return value;
    }

    /** The trimmed text of {@code name}, or null when it is absent or blank. */
    String optional(String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new ImportFailure("字段“" + name + "”应是一个值，而不是列表或对象");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    LocalDate requiredDate(String name) {
        required(name);
        return optionalDate(name);
    }

    LocalDate optionalDate(String name) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        return ChineseDates.parse(value).orElseThrow(() -> new ImportFailure(
                "字段“" + name + "”的日期“" + value + "”无法识别，请写成 2024-05-12"));
    }

    boolean flag(String name) {
        String value = optional(name);
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true", "是" -> true;
            case "false", "否" -> false;
            default -> throw new ImportFailure("字段“" + name + "”只能是 true 或 false，而不是“" + value + "”");
        };
    }

    List<String> list(String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText().strip());
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                throw new ImportFailure("字段“" + name + "”的每一项应是一个值");
            }
            items.add(item.asText().strip());
        }
        return items;
    }

    /** Items of a list of mappings, such as {@code interpretations: [{title: …, url: …}]}. */
    List<JsonNode> objects(String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ImportFailure("字段“" + name + "”应是列表");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** {@code status: published | draft} (or 已发布 / 草稿); published when absent. */
    Status status() {
        String value = optional("status");
        if (value == null) {
            return Status.PUBLISHED;
        }
        return switch (value) {
            case "published", "PUBLISHED", "已发布" -> Status.PUBLISHED;
            case "draft", "DRAFT", "草稿" -> Status.DRAFT;
            default -> throw new ImportFailure("字段“status”只能是 published 或 draft，而不是“" + value + "”");
        };
    }

    /** The slug given in the file, checked; or null so the importer derives one. */
    String slug() {
        String value = optional("slug");
        return value == null ? null : IdentitySlugs.checked(value);
    }
}
