package org.gongshi.site.cli;

import org.gongshi.content.staff.AccountRepository;
import picocli.CommandLine.Command;

/** Takes one role from an existing account, which keeps at least one; it takes effect on the next request. */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "收回已有账号的一个角色（至少保留一个）")
final class RevokeRoleCommand extends RoleCommand {
    @Override
    boolean change(AccountRepository accounts, String account, String role) {
        return accounts.revoke(account, role);
    }

    @Override
    String action() {
        return "account.role.revoke";
    }

    @Override
    String done(String account, String role, boolean changed) {
        return changed ? "已收回 " + account + " 的角色 " + role : account + " 没有角色 " + role + "，未改动";
    }
}
