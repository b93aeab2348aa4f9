package org.gongshi.site.cli;

import picocli.CommandLine.Command;

@Command(name = "user", mixinStandardHelpOptions = true, description = "管理工作人员账号",
        subcommands = {AddUserCommand.class, DisableUserCommand.class, ListUsersCommand.class,
                ResetSecondFactorCommand.class, GrantRoleCommand.class, RevokeRoleCommand.class})
final class UserCommand {}
