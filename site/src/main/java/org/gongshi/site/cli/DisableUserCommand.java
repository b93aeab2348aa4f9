package org.gongshi.site.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.staff.AccountNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Disables an account and ends its sessions at once; the name stays taken so the audit log stays unambiguous. */
@Command(name = "disable", mixinStandardHelpOptions = true, description = "停用工作人员账号（立即结束其所有会话）")
final class DisableUserCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "用户名")
    String name;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    @Override
    public Integer call() {
        StaffData staff = StaffData.open(data);
        String canonical = AccountNames.require(name);
        if (!staff.store().accounts().disable(canonical)) {
            spec.commandLine().getErr().println("gongshi: 用户 " + canonical + " 不存在");
            return Cli.FAILED;
        }
        staff.store().audit().record(AuditEvent.of(StaffData.ACTOR, "account.disable").on("account", canonical));
        spec.commandLine().getOut().println("已停用账号 " + canonical);
        return 0;
    }
}
