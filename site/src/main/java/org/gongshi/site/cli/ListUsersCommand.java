package org.gongshi.site.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongshi.content.staff.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "列出工作人员账号")
final class ListUsersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Account account : StaffData.open(data).store().accounts().list()) {
            out.println(String.join("\t", account.name(), String.join(",", account.roles()),
                    account.disabled() ? "已停用" : "启用", account.hasSecondFactor() ? "双因素" : "仅密码",
                    account.mustChangePassword() ? "待改密码" : ""));
        }
        return 0;
    }
}
