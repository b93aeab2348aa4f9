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

/** For the administrator who lost both the phone and the recovery codes, when no other administrator can help. */
@Command(name = "reset-second-factor", mixinStandardHelpOptions = true,
        description = "关闭账号的两步验证并删除其恢复码（立即结束其所有会话），之后可仅凭密码登录")
final class ResetSecondFactorCommand implements Callable<Integer> {
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
        if (!staff.store().secondFactors().reset(canonical)) {
            spec.commandLine().getErr().println("gongshi: 用户 " + canonical + " 不存在");
            return Cli.FAILED;
        }
        staff.store().audit().record(AuditEvent.of(StaffData.ACTOR, "account.secondFactor.reset")
                .on("account", canonical));
        spec.commandLine().getOut().println("已关闭账号 " + canonical + " 的两步验证");
        return 0;
    }
}
