package org.gongshi.site.staff;

import static org.gongshi.site.staff.CorePermissions.ACCOUNTS;
import static org.gongshi.site.staff.CorePermissions.AUDIT;
import static org.gongshi.site.staff.CorePermissions.CALENDAR;
import static org.gongshi.site.staff.CorePermissions.CONTENT_IMPORT;
import static org.gongshi.site.staff.CorePermissions.CONTENT_REVIEW;
import static org.gongshi.site.staff.CorePermissions.CONTENT_UPLOAD;
import static org.gongshi.site.staff.CorePermissions.CONTENT_WRITE;
import static org.gongshi.site.staff.CorePermissions.LISTINGS_ACT;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gongshi.plugin.SitePlugin;
import org.gongshi.plugin.StaffRole;

/**
 * Every role an account may hold: the core's three and those plugins declare. Duties stay apart: an administrator
 * manages accounts and the working-day calendar but publishes nothing, an editor writes but cannot approve, a
 * reviewer approves but cannot write.
 */
public final class RoleCatalog {
    public static final StaffRole ADMIN = new StaffRole("admin", "管理员", Set.of(ACCOUNTS, AUDIT, CALENDAR));
    public static final StaffRole EDITOR = new StaffRole("editor", "编辑",
            Set.of(CONTENT_WRITE, CONTENT_UPLOAD, CONTENT_IMPORT));
    public static final StaffRole REVIEWER = new StaffRole("reviewer", "审核员", Set.of(CONTENT_REVIEW, LISTINGS_ACT));

    private final Map<String, StaffRole> roles;

    private RoleCatalog(Map<String, StaffRole> roles) {
        this.roles = roles;
    }

    /** The core roles plus each plugin's; a plugin role or permission outside the plugin's own prefix stops start-up. */
    public static RoleCatalog of(Collection<SitePlugin> plugins) {
        Map<String, StaffRole> roles = new LinkedHashMap<>();
        for (StaffRole core : List.of(ADMIN, EDITOR, REVIEWER)) {
            roles.put(core.name(), core);
        }
        for (SitePlugin plugin : plugins) {
            String prefix = plugin.id() + ".";
            for (StaffRole role : plugin.staffRoles()) {
                if (!role.name().startsWith(prefix)
                        || !role.permissions().stream().allMatch(permission -> permission.startsWith(prefix))) {
                    throw new IllegalStateException("插件 " + plugin.id() + " 声明的角色 " + role.name()
                            + " 及其权限必须以 " + prefix + " 开头");
                }
                if (roles.putIfAbsent(role.name(), role) != null) {
                    throw new IllegalStateException("角色 " + role.name() + " 被声明了两次");
                }
            }
        }
        return new RoleCatalog(roles);
    }

    public List<StaffRole> roles() {
        return List.copyOf(roles.values());
    }

    public boolean exists(String role) {
        return roles.containsKey(role);
    }

    /** Every permission the roles grant together; a role no longer declared (its plugin removed) grants nothing. */
    public Set<String> permissionsOf(Collection<String> accountRoles) {
        Set<String> permissions = new TreeSet<>();
        for (String role : accountRoles) {
            StaffRole known = roles.get(role);
            if (known != null) {
                permissions.addAll(known.permissions());
            }
        }
        return permissions;
    }

    /** The permissions of the core roles; a plugin's screen may require these or its own. */
    public static Set<String> corePermissions() {
        Set<String> permissions = new TreeSet<>();
        List.of(ADMIN, EDITOR, REVIEWER).forEach(role -> permissions.addAll(role.permissions()));
        return permissions;
    }

    /** Every permission any role grants: a route needing one outside this set could never be opened. */
    public Set<String> allPermissions() {
        return permissionsOf(roles.keySet());
    }

    /** The roles' names for messages, e.g. admin、editor、reviewer. */
    public String names() {
        return String.join("、", roles.keySet());
    }
}
