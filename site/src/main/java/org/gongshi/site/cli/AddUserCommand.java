package org.gongshi.site.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.staff.Account;
import org.gongshi.site.staff.OneTimePasswords;
import org.gongshi.site.staff.PasswordHasher;
import org.gongshi.site.staff.PasswordPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Creates a staff account. Without --password-stdin it prints a one-time password, which must be changed at the
 * first sign-in; the password never appears in the arguments, where other users of the machine could read it.
 */
@Command(name = "add", mixinStandardHelpOptions = true, description = "新建工作人员账号")
final class AddUserCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "用户名：字母开头，2–32 个字母、数字、点、短横线或下划线")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "角色，可重复：admin（管理员）、editor（编辑）、reviewer（审核员），以及插件声明的角色")
    List<String> roles;

    @Option(names = "--password-stdin", description = "从标准输入读取密码（一行）")
    boolean passwordFromStdin;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    @Override
    public Integer call() throws Exception {
        StaffData staff = StaffData.open(data);
        for (String role : roles) {
            if (!staff.roles().exists(role)) {
                throw new ParameterException(spec.commandLine(), "角色 " + role + " 不存在；可用角色："
                        + staff.roles().names());
            }
        }
        String password = passwordFromStdin ? readPassword() : new OneTimePasswords(new SecureRandom()).next();
        // A refused password is no usage error: one line with the reason, exit 1.
        PasswordPolicy.standard().refusal(password, name).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        Account account = staff.store().accounts().create(name, new LinkedHashSet<>(roles),
                PasswordHasher.forThisMachine().hash(password), !passwordFromStdin);
        staff.store().audit().record(AuditEvent.of(StaffData.ACTOR, "account.create").on("account", account.name())
                .saying("角色：" + String.join("、", account.roles())));
        PrintWriter out = spec.commandLine().getOut();
        out.println("已创建账号 " + account.name() + "（" + String.join("、", account.roles()) + "）");
        if (!passwordFromStdin) {
            out.println("一次性密码：" + password);
            out.println("首次登录后须修改密码。");
        }
        return 0;
    }

    private static String readPassword() throws java.io.IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        return line == null ? "" : line;
    }
}
