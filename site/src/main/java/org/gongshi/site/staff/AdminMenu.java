package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gongshi.plugin.StaffMember;

/** The back-office menu, each entry shown only to whom it opens for. */
record AdminMenu(List<MenuEntry> entries) {
    AdminMenu {
        entries = List.copyOf(requireNonNull(entries, "entries"));
    }

    AdminLayout forMember(StaffMember member, String currentPath) {
        List<MenuEntry> visible = entries.stream()
                .filter(entry -> entry.access().admits(member.permissions()))
                .toList();
        return new AdminLayout(visible, currentPath);
    }

    /** What admin/layout.peb reads as {@code admin}. */
    public record AdminLayout(List<MenuEntry> menu, String currentPath) {}
}
