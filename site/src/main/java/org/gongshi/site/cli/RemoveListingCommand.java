package org.gongshi.site.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.listings.DeletionGround;
import org.gongshi.content.listings.Listing;
import org.gongshi.site.DataDirectory;
import org.gongshi.site.Listings;
import org.gongshi.site.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Deletes every public listing under one case number on an Art. 10 ground. Works while the site runs on the same data:
 * it writes only the database, and the running site follows within a second.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "删除某一案号下所有公示中的失信被执行人信息（最高人民法院《关于公布失信被执行人名单信息的若干规定》第十条）")
final class RemoveListingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE_NUMBER", description = "案号，括号写法不限，如（2023）京0105执1234号")
    String caseNumber;

    @Option(names = "--ground", required = true, paramLabel = "GROUND", converter = DeletionGrounds.class,
            completionCandidates = DeletionGrounds.class,
            description = {"删除事由：序号 1–7、英文名（不区分大小写）或中文名，可选：", "${COMPLETION-CANDIDATES}"})
    DeletionGround ground;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    @Option(names = "--actor", defaultValue = "命令行", description = "操作人（默认 ${DEFAULT-VALUE}）")
    String actor;

    @Override
    public Integer call() {
        String canonical = CaseNumber.parse(caseNumber).canonical();
        Listings listings = Listings.open(Storage.open(DataDirectory.prepare(data)), Clock.systemDefaultZone());
        List<Listing> removable = listings.repository().findByCaseNumber(canonical).stream()
                .filter(listing -> listing.status().isPublic())
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        for (Listing listing : removable) {
            listings.lifecycle().delete(listing.id(), ground, actor);
            out.println("已删除：" + listing.debtor().name() + " " + canonical + " " + listing.enforcement().court()
                    + "（" + listing.id() + "）");
        }
        if (removable.isEmpty()) {
            spec.commandLine().getErr().println("gongshi: 案号 " + canonical + " 下没有公示中的失信被执行人信息，未删除任何内容");
            return Cli.FAILED;
        }
        out.println("共删除 " + removable.size() + " 条，删除事由：" + ground.label());
        return 0;
    }
}
