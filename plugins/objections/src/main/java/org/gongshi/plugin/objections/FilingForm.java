package org.gongshi.plugin.objections;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.InvalidInputException;
import org.gongshi.plugin.ListingView;

/**
 * Checks the text fields of a filing form, each with a zh-CN message beside it when wrong. {@code values} are the
 * fields as sent (kept to fill the form again); {@link #errors} is empty when {@link #filing} is present.
 */
final class FilingForm {
    static final int REASON_MIN = 10;
    static final int REASON_MAX = 3_000;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9.-]{1,189}\\.[A-Za-z]{2,24}");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{L}·．.（）()\\- ]{2,60}");

    private final Kind kind;
    private final InputChecks checks;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private Filing filing;

    private FilingForm(Kind kind, InputChecks checks) {
        this.kind = kind;
        this.checks = checks;
    }

    /**
     * Reads {@code field} → value through {@code form}; {@code listings} finds the listing the form is about. Numbers
     * and addresses are NFKC-normalized (full-width digits typed on a phone become ASCII); text is kept as written;
     * the identifier is checked by the site's own rules, {@code checks}.
     */
    static FilingForm read(Kind kind, Function<String, String> form, Function<String, Optional<ListingView>> listings,
            InputChecks checks) {
        FilingForm checked = new FilingForm(kind, checks);
        for (String field : new String[] {"listing", "ground", "name", "identifier", "relationship", "phone", "email",
            "reason", "declaration"}) {
            checked.values.put(field, clean(form.apply(field)));
        }
        for (String field : new String[] {"identifier", "phone", "email"}) {
            checked.values.put(field, Normalizer.normalize(checked.values.get(field), Normalizer.Form.NFKC));
        }
        checked.check(listings);
        return checked;
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    Optional<Filing> filing() {
        return Optional.ofNullable(filing);
    }

    /** An error on the evidence field, found once the files are read. */
    void evidenceError(String message) {
        errors.put("evidence", message);
        filing = null;
    }

    private void check(Function<String, Optional<ListingView>> listings) {
        ListingView listing = values.get("listing").isEmpty() ? null
                : listings.apply(values.get("listing")).filter(found -> found.status().isPublic()).orElse(null);
        if (listing == null) {
            errors.put("listing", "没有找到这条失信信息，或它已不再公示。请从失信被执行人名单中该条信息的页面进入本表。");
        }
        Ground ground = kind == Kind.OBJECTION ? choice(Ground.class, "ground", "请选择异议的理由。") : null;
        Relationship relationship = choice(Relationship.class, "relationship", "请选择您与被列入者的关系。");
        String name = values.get("name");
        if (name.isEmpty()) {
            errors.put("name", "请填写申请人姓名或单位名称。");
        } else if (!NAME.matcher(name).matches()) {
            errors.put("name", "姓名或名称应为 2 至 60 个字，只能包含文字、间隔号和括号。");
        }
        String identifier = identifier();
        String phone = values.get("phone").replace(" ", "");
        String email = values.get("email");
        if (phone.isEmpty() && email.isEmpty()) {
            errors.put("phone", "请至少留下手机号码或电子邮箱中的一项，以便我们联系您。");
        }
        if (!phone.isEmpty() && !MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            errors.put("phone", "请填写 11 位手机号码，或带区号的固定电话（如 010-12345678）。");
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.put("email", "电子邮箱格式不正确，请检查（如 name@example.com）。");
        }
        String reason = values.get("reason");
        if (reason.codePointCount(0, reason.length()) < REASON_MIN) {
            errors.put("reason", "请写明" + (kind == Kind.OBJECTION ? "异议" : "申请") + "的事实和理由，至少 " + REASON_MIN
                    + " 个字。");
        } else if (reason.codePointCount(0, reason.length()) > REASON_MAX) {
            errors.put("reason", "事实和理由不能超过 " + REASON_MAX + " 个字；详细内容可以作为附件上传。");
        }
        if (!"yes".equals(values.get("declaration"))) {
            errors.put("declaration", "提交前请阅读并勾选声明。");
        }
        if (errors.isEmpty()) {
            filing = new Filing(kind, listing, ground, new Applicant(name, identifier, relationship, phone.isEmpty()
                    ? null : phone, email.isEmpty() ? null : email), reason);
        }
    }

    private String identifier() {
        String raw = values.get("identifier");
        if (raw.isEmpty()) {
            errors.put("identifier", "请填写申请人的居民身份证号码或统一社会信用代码。");
            return null;
        }
        try {
            return checks.identifier(raw);
        } catch (InvalidInputException e) {
            errors.put("identifier", e.getMessage());
            return null;
        }
    }

    private <E extends Enum<E>> E choice(Class<E> type, String field, String missing) {
        String value = values.get(field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.put(field, missing);
        return null;
    }

    /** Without control characters but line breaks, trimmed; "" for a missing field. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(value.length());
        value.codePoints().filter(point -> point == '\n' || !Character.isISOControl(point))
                .forEach(text::appendCodePoint);
        return text.toString().replace("\r", "").strip();
    }
}
