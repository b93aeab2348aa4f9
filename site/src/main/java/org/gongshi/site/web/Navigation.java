package org.gongshi.site.web;

import java.util.ArrayList;
import java.util.List;
import org.gongshi.plugin.NavigationLink;
import org.gongshi.plugin.NavigationLink.Placement;

/** Header and footer links: the core sections first, then what plugins contribute, in plugin order. */
public record Navigation(List<NavigationLink> header, List<NavigationLink> footer) {
    public Navigation {
        header = List.copyOf(header);
        footer = List.copyOf(footer);
    }

    public static Navigation of(List<NavigationLink> core, List<NavigationLink> plugins) {
        List<NavigationLink> header = new ArrayList<>();
        List<NavigationLink> footer = new ArrayList<>();
        for (NavigationLink link : concat(core, plugins)) {
            (link.placement() == Placement.HEADER ? header : footer).add(link);
        }
        return new Navigation(header, footer);
    }

    private static List<NavigationLink> concat(List<NavigationLink> first, List<NavigationLink> second) {
        List<NavigationLink> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
