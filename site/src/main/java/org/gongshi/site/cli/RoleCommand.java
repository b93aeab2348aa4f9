package org.gongshi.site.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.staff.AccountNames;
import org.gongshi.content.staff.AccountRepository;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Gives or takes one role of an existing account, e.g. the objection roles to an editor who handles objections too;
 * audited like every account change.
 */
abstract class RoleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "用户名")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "角色，如 editor、objections.handler")
    String role;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    /** Makes the change; false when there was nothing to change. */
    abstract boolean change(AccountRepository accounts, String account, String role);

    /** The audit action, e.g. {@code account.role.grant}. */
    abstract String action();

    /** What the command tells the operator, e.g. 已授予 wang 角色 editor; {@code changed} false: nothing to do. */
    abstract String done(String account, String role, boolean changed);

    @Override
    public final Integer call() {
        StaffData staff = StaffData.open(data);
        String canonical = AccountNames.require(name);
        if (!staff.roles().exists(role)) {
            throw new ParameterException(spec.commandLine(), "角色 " + role + " 不存在；可用角色：" + staff.roles().names());
        }
        if (staff.store().accounts().find(canonical).isEmpty()) {
            spec.commandLine().getErr().println("gongshi: 用户 " + canonical + " 不存在");
            return Cli.FAILED;
        }
        boolean changed;
        try {
            changed = change(staff.store().accounts(), canonical, role);
        } catch (IllegalStateException refused) {
            spec.commandLine().getErr().println("gongshi: " + refused.getMessage());
            return Cli.FAILED;
        }
        if (changed) {
            staff.store().audit().record(AuditEvent.of(StaffData.ACTOR, action()).on("account", canonical)
                    .saying("角色：" + role));
        }
        spec.commandLine().getOut().println(done(canonical, role, changed));
        return 0;
    }
}
