package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.content.staff.Account;
import org.gongshi.content.staff.AccountExistsException;
import org.gongshi.content.staff.AccountNames;
import org.gongshi.plugin.StaffMember;
import org.gongshi.plugin.StaffRole;

/**
 * GET and POST /admin/users (administrators only): every account with its roles, state and second factor, and the
 * form that adds one. A new account gets a one-time password, shown once here, to be changed at its first sign-in.
 */
final class UsersPage {
    private final StaffStore store;
    private final RoleCatalog roles;
    private final PasswordHasher hasher;
    private final OneTimePasswords oneTimePasswords;
    private final AuditTrail audit;

    UsersPage(StaffStore store, RoleCatalog roles, PasswordHasher hasher, OneTimePasswords oneTimePasswords,
            AuditTrail audit) {
        this.store = requireNonNull(store, "store");
        this.roles = requireNonNull(roles, "roles");
        this.hasher = requireNonNull(hasher, "hasher");
        this.oneTimePasswords = requireNonNull(oneTimePasswords, "oneTimePasswords");
        this.audit = requireNonNull(audit, "audit");
    }

    void show(Context context) {
        render(context, "", Set.of(), Map.of());
    }

    void add(Context context) {
        String typedName = context.formParamAsClass("name", String.class).getOrDefault("").strip();
        Set<String> chosen = new LinkedHashSet<>(context.formParams("role"));
        Map<String, String> errors = new LinkedHashMap<>();
        String name = "";
        try {
            name = AccountNames.require(typedName);
        } catch (IllegalArgumentException invalid) {
            errors.put("name", invalid.getMessage());
        }
        if (chosen.isEmpty()) {
            errors.put("roles", "请至少选择一个角色");
        } else if (!chosen.stream().allMatch(roles::exists)) {
            errors.put("roles", "所选角色不存在，请刷新页面后重新选择");
        }
        if (errors.isEmpty() && store.accounts().find(name).isPresent()) {
            errors.put("name", "用户名 " + name + " 已被使用（已停用的账号也占用其用户名）");
        }
        if (!errors.isEmpty()) {
            context.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(context, typedName, chosen, errors);
            return;
        }
        String password = oneTimePasswords.next();
        Account account;
        try {
            account = store.accounts().create(name, chosen, hasher.hash(password), true);
        } catch (AccountExistsException raced) {
            context.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(context, typedName, chosen, Map.of("name", raced.getMessage()));
            return;
        }
        audit.record(audit.event(context, "account.create").on("account", account.name())
                .saying("角色：" + String.join("、", account.roles())));
        context.render("admin/user-created.peb", Map.of("account", row(account), "password", password));
    }

    private void render(Context context, String name, Set<String> chosen, Map<String, String> errors) {
        List<UserRow> rows = new ArrayList<>();
        for (Account account : store.accounts().list()) {
            rows.add(row(account));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("users", rows);
        model.put("roles", roles.roles());
        model.put("name", name);
        model.put("chosen", chosen);
        model.put("errors", errors);
        model.put("self", StaffMember.current(context).name());
        context.render("admin/users.peb", model);
    }

    private UserRow row(Account account) {
        List<String> labels = account.roles().stream().map(role -> roles.roles().stream()
                .filter(known -> known.name().equals(role)).map(StaffRole::label).findFirst()
                .orElse(role + "（已失效）")).toList();
        return new UserRow(account.name(), String.join("、", labels), account.disabled(),
                account.mustChangePassword(), account.hasSecondFactor());
    }

    /** One account as the list shows it. */
    public record UserRow(String name, String roles, boolean disabled, boolean mustChangePassword,
            boolean secondFactor) {}
}
