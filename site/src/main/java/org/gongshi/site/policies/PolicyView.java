package org.gongshi.site.policies;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongshi.content.Link;
import org.gongshi.content.Rendered;
import org.gongshi.content.policies.PolicyText;

/**
 * A policy text with its body rendered, its safe 解读 links, the text that superseded it when that one is public, and
 * the year it was written in when it prints no 成文日期 but its 文号 or text tells (null otherwise).
 */
record PolicyView(PolicyText item, String bodyHtml, List<Link> interpretations, String successorTitle,
        String successorUrl, WrittenYear writtenYear) {
    // Autoescaping does not stop javascript: URLs, so only web and site-relative links are printed.
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(https?://|/(?!/)).*");

    static PolicyView of(Rendered<PolicyText> rendered, Optional<PolicyText> successor,
            Optional<WrittenYear> writtenYear) {
        PolicyText item = rendered.item();
        return new PolicyView(item, rendered.html("body"),
                item.interpretations().stream().filter(link -> SAFE_LINK.matcher(link.url()).matches()).toList(),
                successor.map(PolicyText::title).orElse(null),
                successor.map(text -> "/policies/" + text.slug()).orElse(null), writtenYear.orElse(null));
    }
}
