package org.gongshi.content.listings.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.gongshi.content.listings.DebtorKind;

/**
 * Obviously fictitious parties. People are a common surname plus 某 and a heavenly stem (王某甲), or one in eight
 * just the surname and 某 (王某), the way judgments anonymise parties, so no real person is named and two-character
 * names occur as they do in a real list; organisations carry 示例 ("example") in their names, which no
 * registry would accept, and their superior bodies are fictitious too. Numbers have valid check symbols.
 */
final class SyntheticParties {
    static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
    private static final String[] INDUSTRIES = {"商贸", "建材", "科技", "餐饮", "物流", "置业", "装饰工程", "农业开发"};

    private SyntheticParties() {}

    static String personName(SplittableRandom random) {
        String surname = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "某";
        return random.nextInt(8) == 0 ? surname : surname + stem(random);
    }

    static String organizationName(DebtorKind kind, Courts.Court court, SplittableRandom random) {
        return switch (kind) {
            case NATURAL_PERSON -> personName(random);
            case ENTERPRISE -> court.city() + "示例" + stem(random) + INDUSTRIES[random.nextInt(INDUSTRIES.length)]
                    + "有限公司";
            case GOVERNMENT_BODY -> court.district() + "示例" + stem(random) + "镇人民政府";
            case PUBLIC_INSTITUTION -> court.district() + "示例" + stem(random) + "中心卫生院";
            case VILLAGE_COMMITTEE -> "示例" + stem(random) + "镇示例" + stem(random) + "村民委员会";
            case STATE_OWNED_ENTERPRISE -> court.city() + "示例" + stem(random) + "城市建设投资集团有限公司";
        };
    }

    static String superiorBody(DebtorKind kind, Courts.Court court, SplittableRandom random) {
        return switch (kind) {
            case NATURAL_PERSON, ENTERPRISE -> null;
            case GOVERNMENT_BODY -> "示例" + stem(random) + "县人民政府";
            case PUBLIC_INSTITUTION -> "示例" + stem(random) + "县卫生健康局";
            case VILLAGE_COMMITTEE -> "示例" + stem(random) + "镇人民政府";
            case STATE_OWNED_ENTERPRISE -> court.city() + "示例国有资产监督管理委员会";
        };
    }

    /** An 18-digit resident ID born on {@code birthDate} that cannot be mistaken for a credit code. */
    static String residentId(String divisionCode, LocalDate birthDate, SplittableRandom random) {
        String start = divisionCode + String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth());
        while (true) {
            String seventeen = start + String.format("%03d", random.nextInt(1000));
            char check = CheckSymbols.residentId(seventeen);
            if (check != CheckSymbols.creditCode(seventeen)) {
                return seventeen + check;
            }
        }
    }

    /**
     * A credit code with the registration department and category of GB 32100 Table 1 (11 机关, 12 事业单位, 54 基层群众性
     * 自治组织, 91 企业) and an organisation code of 00 + digits (public bodies) or MA + symbols (enterprises).
     */
    static String creditCode(DebtorKind kind, String divisionCode, SplittableRandom random) {
        String prefix = switch (kind) {
            case GOVERNMENT_BODY -> "11";
            case PUBLIC_INSTITUTION -> "12";
            case VILLAGE_COMMITTEE -> "54";
            case NATURAL_PERSON, ENTERPRISE, STATE_OWNED_ENTERPRISE -> "91";
        };
        StringBuilder organization = new StringBuilder(kind.isPublicBody() && kind != DebtorKind.STATE_OWNED_ENTERPRISE
                ? "00" : "MA");
        while (organization.length() < 8) {
            organization.append(organization.charAt(0) == '0'
                    ? (char) ('0' + random.nextInt(10))
                    : CheckSymbols.CREDIT_SYMBOLS.charAt(random.nextInt(CheckSymbols.CREDIT_SYMBOLS.length())));
        }
        organization.append(CheckSymbols.organizationCode(organization.toString()));
        String seventeen = prefix + divisionCode + organization;
        return seventeen + CheckSymbols.creditCode(seventeen);
    }

    private static char stem(SplittableRandom random) {
        return STEMS.charAt(random.nextInt(STEMS.length()));
    }
}
