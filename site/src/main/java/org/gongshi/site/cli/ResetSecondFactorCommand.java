package org.gongshi.site.cli;

import org.gongshi.site.staff.StaffStore;
import picocli.CommandLine.Command;

/** For the administrator who lost both the phone and the recovery codes, when no other administrator can help. */
@Command(name = "reset-second-factor", mixinStandardHelpOptions = true,
        description = "关闭账号的两步验证并删除其恢复码（立即结束其所有会话），之后可仅凭密码登录")
final class ResetSecondFactorCommand extends AccountCommand {
    @Override
    boolean change(StaffStore store, String account) {
        return store.secondFactors().reset(account);
    }

    @Override
    String action() {
        return "account.secondFactor.reset";
    }

    @Override
    String done(String account) {
        return "已关闭账号 " + account + " 的两步验证";
    }
}
