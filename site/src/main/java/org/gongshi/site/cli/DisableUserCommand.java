package org.gongshi.site.cli;

import org.gongshi.site.staff.StaffStore;
import picocli.CommandLine.Command;

/** Disables an account and ends its sessions at once; the name stays taken so the audit log stays unambiguous. */
@Command(name = "disable", mixinStandardHelpOptions = true, description = "停用工作人员账号（立即结束其所有会话）")
final class DisableUserCommand extends AccountCommand {
    @Override
    boolean change(StaffStore store, String account) {
        return store.accounts().disable(account);
    }

    @Override
    String action() {
        return "account.disable";
    }

    @Override
    String done(String account) {
        return "已停用账号 " + account;
    }
}
