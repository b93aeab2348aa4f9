package org.gongshi.site.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.staff.AccountNames;
import org.gongshi.site.staff.StaffStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A command that changes one existing staff account: it changes it, records the change, and says what it did. */
abstract class AccountCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "用户名")
    String name;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    /** Makes the change; false when there is no such account. */
    abstract boolean change(StaffStore store, String account);

    /** The audit action, e.g. {@code account.disable}. */
    abstract String action();

    /** What the command tells the operator it did, e.g. 已停用账号 wang. */
    abstract String done(String account);

    @Override
    public final Integer call() {
        StaffData staff = StaffData.open(data);
        String canonical = AccountNames.require(name);
        if (!change(staff.store(), canonical)) {
            spec.commandLine().getErr().println("gongshi: 用户 " + canonical + " 不存在");
            return Cli.FAILED;
        }
        staff.store().audit().record(AuditEvent.of(StaffData.ACTOR, action()).on("account", canonical));
        spec.commandLine().getOut().println(done(canonical));
        return 0;
    }
}
