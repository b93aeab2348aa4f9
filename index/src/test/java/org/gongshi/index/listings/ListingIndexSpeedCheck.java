package org.gongshi.index.listings;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.index.RebuildProgress;

/**
 * A local speed check, not a test: rebuilds a listing index of synthetic listings (default 1,000,000) and times a
 * mixed set of lookups in-process. Run it with the test classpath, e.g. {@code java -Xmx512m -cp … ListingIndexSpeedCheck
 * DIR 1000000 [compare]}; with a third argument it first times ICU's transliterator against the table. The lead's benchmark over HTTP lives in bench/.
 */
final class ListingIndexSpeedCheck {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国志强文斌海燕鹏辉宇浩然子轩欣怡梓涵一诺博文晨阳思雨佳琪俊杰嘉怡雅婷";
    private static final String[] PROVINCES = {"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
            "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川",
            "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆"};

    private ListingIndexSpeedCheck() {}

    public static void main(String[] arguments) throws Exception {
        Path directory = Files.createDirectories(Path.of(arguments[0]));
        int count = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 1_000_000;
        Synthetic source = new Synthetic(count);
        if (arguments.length > 2) {
            compareTraditionalToSimplified(source);
        }
        Database database = Database.open(directory.resolve("content.db"));
        database.migrate("db/core", "core_schema_history", ListingIndexSpeedCheck.class.getClassLoader());
        try (ListingIndex index = ListingIndex.open(directory.resolve("index"), source, new Outbox(database))) {
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            index.rebuild(RebuildProgress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            // On a shared machine wall time includes waiting for a core; CPU time does not.
            System.out.printf("rebuild: %,d listings in %.1f s wall = %,.0f docs/s; %.1f s CPU (all threads)%n",
                    count, seconds, count / seconds, cpuSeconds);
            index.start();
            while (!index.isReady()) {
                Thread.sleep(10);
            }
            Map<String, List<ListingQuery>> queries = queries(source, new SplittableRandom(7));
            for (int round = 0; round < 2; round++) {
                for (List<ListingQuery> each : queries.values()) {
                    each.forEach(index::search);
                }
            }
            List<Long> all = new ArrayList<>();
            for (Map.Entry<String, List<ListingQuery>> kind : queries.entrySet()) {
                List<Long> times = time(index, kind.getValue());
                all.addAll(times);
                report(kind.getKey(), times);
            }
            report("all", all);
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap used after GC: %,d MB of max %,d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void compareTraditionalToSimplified(Synthetic source) {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        for (int pass = 0; pass < 2; pass++) {
            long started = System.nanoTime();
            long length = 0;
            for (int number = 0; number < source.count; number++) {
                length += icu.transliterate(source.entry(number).name()).length();
            }
            long icuNanos = System.nanoTime() - started;
            started = System.nanoTime();
            for (int number = 0; number < source.count; number++) {
                length += NameCharacters.ofName(source.entry(number).name()).length();
            }
            long tableNanos = System.nanoTime() - started;
            System.out.printf("names through ICU transliterator: %.0f ms; NFKC + table: %.0f ms (%d)%n",
                    icuNanos / 1e6, tableNanos / 1e6, length);
        }
    }

    private static Map<String, List<ListingQuery>> queries(Synthetic source, SplittableRandom random) {
        Map<String, List<ListingQuery>> queries = new LinkedHashMap<>();
        List<ListingQuery> twoCharacters = new ArrayList<>();
        List<ListingQuery> fullNames = new ArrayList<>();
        List<ListingQuery> keys = new ArrayList<>();
        List<ListingQuery> caseNumbers = new ArrayList<>();
        List<ListingQuery> nameAndCourt = new ArrayList<>();
        for (int index = 0; index < 1000; index++) {
            ListingEntry entry = source.entry(random.nextInt(source.count));
            twoCharacters.add(ListingQuery.byName(entry.name().substring(0, 2)));
            fullNames.add(ListingQuery.byName(entry.name()));
            keys.add(new ListingQuery(null, entry.identifierKey(), null, null, null, 1, 20));
            caseNumbers.add(new ListingQuery(null, null, entry.caseNumber(), null, null, 1, 20));
            nameAndCourt.add(new ListingQuery(entry.name().substring(0, 2), null, null, entry.court(), null, 1, 20));
        }
        queries.put("2-character name", twoCharacters);
        queries.put("full name", fullNames);
        queries.put("identifier key", keys);
        queries.put("case number", caseNumbers);
        queries.put("2-character name + court", nameAndCourt);
        return queries;
    }

    private static List<Long> time(ListingIndex index, List<ListingQuery> queries) {
        List<Long> times = new ArrayList<>();
        for (ListingQuery query : queries) {
            long started = System.nanoTime();
            index.search(query);
            times.add(System.nanoTime() - started);
        }
        return times;
    }

    private static void report(String kind, List<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-26s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", kind,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /** Listings made up from their number, so a lookup by id gives the same listing as the full read. */
    private record Synthetic(int count) implements ListingSource {
        ListingEntry entry(int number) {
            SplittableRandom random = new SplittableRandom(number);
            String province = PROVINCES[random.nextInt(PROVINCES.length)];
            String court = province + "第" + random.nextInt(1, 100) + "人民法院";
            LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
            boolean company = random.nextInt(5) == 0;
            String name = company
                    ? province + given(random, 2) + given(random, 2) + "有限公司"
                    : SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given(random, random.nextInt(1, 3));
            String caseNumber = "(" + published.getYear() + ")" + province + random.nextInt(1, 99) + "执"
                    + random.nextInt(1, 20000) + "号";
            return new ListingEntry(Integer.toString(number, 36) + "x" + Long.toHexString(random.nextLong()), name,
                    company ? "企业" : "自然人", company ? "9111" + random.nextLong(1L << 40) : "1101**********12",
                    Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()), caseNumber, court,
                    province, published);
        }

        private static String given(SplittableRandom random, int length) {
            char[] characters = new char[length];
            Arrays.setAll(new int[length], index -> characters[index] = GIVEN.charAt(random.nextInt(GIVEN.length())));
            return new String(characters);
        }

        @Override
        public Optional<ListingEntry> find(String id) {
            return Optional.of(entry(Integer.parseInt(id.substring(0, id.indexOf('x')), 36)));
        }

        @Override
        public void forEachPublic(Consumer<ListingEntry> sink) {
            for (int number = 0; number < count; number++) {
                sink.accept(entry(number));
            }
        }

        @Override
        public long countPublic() {
            return count;
        }
    }
}
