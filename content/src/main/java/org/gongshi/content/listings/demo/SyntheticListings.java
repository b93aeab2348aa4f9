package org.gongshi.content.listings.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.Rectification;

/**
 * Fictitious listings for the demo and benchmarks (see {@link SyntheticParties} for why nobody real is named): real
 * courts with case numbers of their own court code, valid ID and credit-code check symbols, adults only, and about
 * 6.5 % public bodies with superior bodies and rectification states. The same seed gives the same rows; rows are made
 * as they are consumed, so a million never sit in memory.
 */
public final class SyntheticListings {
    /** The Chinese headers of the written CSV: the national list's columns, then Gongshi's optional ones. */
    public static final List<String> HEADERS = List.of("被执行人姓名/名称", "性别", "年龄", "身份证号码/组织机构代码",
            "法定代表人或者负责人姓名", "执行法院", "省份", "案号", "执行依据文号", "做出执行依据单位", "立案时间",
            "生效法律文书确定的义务", "被执行人的履行情况", "已履行部分", "未履行部分", "失信被执行人行为具体情形", "发布时间",
            "被执行人类型", "上级主管部门/出资人", "整改状态", "列入决定日期");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final String[] CONDUCTS = {"有履行能力而拒不履行生效法律文书确定义务", "违反财产报告制度",
            "违反限制消费令", "以伪造证据、暴力、威胁等方法妨碍、抗拒执行",
            "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"};
    private static final int DAYS_OF_LISTINGS = 730;

    private final long seed;
    private final LocalDate asOf;

    /** Rows listed in the two years up to {@code asOf}, so the same seed gives the same rows whatever the date. */
    public SyntheticListings(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = requireNonNull(asOf, "asOf");
    }

    /** {@code count} rows, made lazily in order. */
    public Stream<SyntheticListing> rows(long count) {
        SplittableRandom random = new SplittableRandom(seed);
        return LongStream.range(0, count).sequential().mapToObj(serial -> next(random, serial));
    }

    /** Writes {@code count} rows as CSV with {@link #HEADERS}, the form {@code gongshi import listings} reads. */
    public void writeCsv(long count, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new))
                .setRecordSeparator("\n").get());
        for (SyntheticListing row : (Iterable<SyntheticListing>) rows(count)::iterator) {
            printer.printRecord(row.values());
        }
        printer.flush();
    }

    private SyntheticListing next(SplittableRandom random, long serial) {
        Courts.Court court = Courts.ALL.get(random.nextInt(Courts.ALL.size()));
        DebtorKind kind = kind(random);
        LocalDate publishedOn = asOf.minusDays(random.nextInt(DAYS_OF_LISTINGS));
        LocalDate decidedOn = publishedOn.minusDays(random.nextInt(8));
        LocalDate filedOn = decidedOn.minusDays(30 + random.nextInt(700));
        BigDecimal owed = BigDecimal.valueOf(1_000 + random.nextInt(2_000_000), 0);
        boolean partly = random.nextInt(4) == 0;
        BigDecimal performed = partly ? owed.divide(BigDecimal.valueOf(2 + random.nextInt(5)), 2,
                java.math.RoundingMode.DOWN) : BigDecimal.ZERO;
        String name;
        String sex = null;
        String age = null;
        String identifier;
        String representative = null;
        if (kind == DebtorKind.NATURAL_PERSON) {
            name = SyntheticParties.personName(random);
            int years = 20 + random.nextInt(56);
            LocalDate birthDate = decidedOn.minusYears(years).minusDays(1 + random.nextInt(360));
            identifier = SyntheticParties.residentId(court.divisionCode(), birthDate, random);
            sex = (identifier.charAt(16) - '0') % 2 == 1 ? "男" : "女";
            age = Integer.toString(years);
        } else {
            name = SyntheticParties.organizationName(kind, court, random);
            identifier = SyntheticParties.creditCode(kind, court.divisionCode(), random);
            representative = SyntheticParties.personName(random);
        }
        String caseNumber = "（" + filedOn.getYear() + "）" + court.code() + "执" + (1 + serial % 99_999) + "号";
        String basisNumber = "（" + (filedOn.getYear() - 1) + "）" + court.code() + "民初" + (1 + random.nextInt(30_000))
                + "号";
        return new SyntheticListing(kind, name, sex, age, identifier, representative, court.name(), court.province(),
                caseNumber, basisNumber, court.name(), CHINESE_DATE.format(filedOn),
                "被执行人应于判决生效之日起十日内向申请执行人支付款项" + owed.toPlainString() + "元及相应利息",
                partly ? "部分未履行" : "全部未履行", performed.toPlainString(),
                owed.subtract(performed).toPlainString(), CONDUCTS[random.nextInt(CONDUCTS.length)],
                CHINESE_DATE.format(publishedOn), SyntheticParties.superiorBody(kind, court, random),
                kind.isPublicBody() ? rectification(random).label() : null, decidedOn.toString());
    }

    /** 60 % people, 33.5 % enterprises, 6.5 % public bodies (1.5 % government, 2 % institutions, 1.5 % each other). */
    private static DebtorKind kind(SplittableRandom random) {
        int permille = random.nextInt(1000);
        if (permille < 600) {
            return DebtorKind.NATURAL_PERSON;
        } else if (permille < 935) {
            return DebtorKind.ENTERPRISE;
        } else if (permille < 950) {
            return DebtorKind.GOVERNMENT_BODY;
        } else if (permille < 970) {
            return DebtorKind.PUBLIC_INSTITUTION;
        } else if (permille < 985) {
            return DebtorKind.VILLAGE_COMMITTEE;
        }
        return DebtorKind.STATE_OWNED_ENTERPRISE;
    }

    private static Rectification.State rectification(SplittableRandom random) {
        Rectification.State[] states = Rectification.State.values();
        return states[random.nextInt(states.length)];
    }
}
