package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A staff role a plugin adds, e.g. {@code objections.handler} (处理人). {@code name} and every permission are prefixed
 * with the plugin's id and a dot; the host refuses to start otherwise, so one plugin cannot grant another's rights.
 *
 * @since 0.1
 */
public record StaffRole(String name, String label, Set<String> permissions) {
    public StaffRole {
        requireNonNull(name, "name");
        requireNonNull(label, "label");
        permissions = Set.copyOf(permissions);
    }
}
