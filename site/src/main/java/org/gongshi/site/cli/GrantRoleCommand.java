package org.gongshi.site.cli;

import org.gongshi.content.staff.AccountRepository;
import picocli.CommandLine.Command;

/** Gives an existing account one more role; it takes effect on the account's next request. */
@Command(name = "grant", mixinStandardHelpOptions = true, description = "为已有账号增加一个角色")
final class GrantRoleCommand extends RoleCommand {
    @Override
    boolean change(AccountRepository accounts, String account, String role) {
        return accounts.grant(account, role);
    }

    @Override
    String action() {
        return "account.role.grant";
    }

    @Override
    String done(String account, String role, boolean changed) {
        return changed ? "已为 " + account + " 增加角色 " + role : account + " 已有角色 " + role + "，未改动";
    }
}
