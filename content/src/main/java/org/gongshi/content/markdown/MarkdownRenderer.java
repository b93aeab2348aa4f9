package org.gongshi.content.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one Markdown pipeline: Flexmark renders, then an allowlist sanitizer keeps only harmless elements,
 * http/https/mailto or relative links, and images uploaded to the site itself ({@code /uploads/<sha256>}). Flexmark's
 * own link filtering is not relied on: it can be bypassed with entities and does not cover every dangerous scheme.
 * Build once and share; it is thread-safe.
 */
public final class MarkdownRenderer {
    /**
     * The pipeline's version, stored beside every HTML it rendered. Bump it whenever the HTML for the same Markdown
     * changes (allowed elements, layout, heading levels): stored HTML of older versions is then rendered again.
     */
    public static final int VERSION = 1;

    /** Absolute http(s)/mailto, or relative: a path, query or fragment whose first segment has no scheme colon. */
    private static final Pattern SAFE_URL =
            Pattern.compile("(?is)(?:https?:|mailto:|[/?#]|\\.{1,2}/|[^:/?#]+(?:[/?#]|$)).*");
    /** Images only from the site's own article uploads: the CSP allows no other origin, and nothing else is vetted. */
    private static final Pattern UPLOADED_IMAGE = Pattern.compile("/uploads/[0-9a-f]{64}");
    /** A paragraph holding one image and nothing else, with a non-empty alt text, as the sanitizer writes it. */
    private static final Pattern LONE_IMAGE = Pattern.compile("<p>(<img [^>]*alt=\"([^\"]+)\"[^>]*>)</p>");
    /** A column's alignment as Flexmark writes it and the sanitizer kept it (left, center or right only). */
    /** The sanitizer closes void elements XML-style ({@code <br />}); HTML needs no slash there, and warns of it. */
    private static final Pattern SELF_CLOSED = Pattern.compile("<((?:img|br|hr)\\b[^>]*?) />");
    private static final Pattern ALIGNED_CELL = Pattern.compile("<(th|td) align=\"(left|center|right)\">");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.policy = new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                        "em", "strong", "del", "sup", "sub", "ul", "ol", "li",
                        "table", "thead", "tbody", "tr", "th", "td", "caption", "a")
                .allowAttributes("href").matching(SAFE_URL).onElements("a")
                .allowAttributes("title").onElements("a", "img")
                .allowAttributes("src").matching(UPLOADED_IMAGE).onElements("img")
                .allowAttributes("alt").onElements("img")
                // An image whose address was refused is dropped whole, not left as an empty element.
                .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
                .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
                .allowUrlProtocols("http", "https", "mailto")
                .requireRelsOnLinks("noopener", "noreferrer")
                .toFactory();
    }

    /** Safe HTML for {@code markdown}, its outline starting at h2 under the page's h1; null and blank give "". */
    public String toHtml(String markdown) {
        return toHtml(markdown, 2);
    }

    /** The same, for text shown under a heading of level {@code firstLevel - 1} (a case's 基本案情 section: 3). */
    public String toHtml(String markdown, int firstLevel) {
        if (firstLevel < 2 || firstLevel > 6) {
            throw new IllegalArgumentException("firstLevel must be 2 to 6: " + firstLevel);
        }
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        demoteHeadings(document, firstLevel);
        return laidOut(policy.sanitize(renderer.render(document)));
    }

    /**
     * Fixed markup around what the sanitizer let through, so articles read well on a phone: a table scrolls sideways
     * in its own region instead of widening the page, a column's alignment is a class (HTML has made the align
     * attribute obsolete, and the CSP allows no inline style), and an image standing alone is a figure captioned with
     * its alt text (already escaped as an attribute, so it is safe as text too).
     */
    private static String laidOut(String html) {
        // Most texts have neither tables nor images nor breaks: each pass runs only where its element is.
        String laid = html.contains(" />") ? SELF_CLOSED.matcher(html).replaceAll("<$1>") : html;
        if (laid.contains("<table>")) {
            laid = ALIGNED_CELL.matcher(laid
                    .replace("<table>", "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"><table>")
                    .replace("</table>", "</table></div>")).replaceAll("<$1 class=\"align-$2\">");
        }
        if (laid.contains("<img ")) {
            laid = LONE_IMAGE.matcher(laid).replaceAll("<figure>$1<figcaption>$2</figcaption></figure>");
        }
        return laid;
    }

    /** The text a reader sees, without markup, for search indexing and summaries. */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return PlainText.of(parser.parse(markdown));
    }

    /** {@code attributes} alternates names and values. */
    private static boolean hasAttribute(List<String> attributes, String wanted) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's own title is its only h1, so the article's outline starts at {@code firstLevel} (h2 directly under
     * the title) whatever level its first heading has,
     * and a heading is at most one level below the one it falls under: ## then #### reads h2 then h3, never a skipped
     * level (which screen readers announce as a missing section). Levels past h6 stay h6.
     */
    private static void demoteHeadings(Node document, int firstLevel) {
        Deque<int[]> open = new ArrayDeque<>(); // {level written, level shown} of the headings still enclosing
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                int written = heading.getLevel();
                while (!open.isEmpty() && open.peek()[0] >= written) {
                    open.pop();
                }
                int shown = open.isEmpty() ? firstLevel : Math.min(open.peek()[1] + 1, 6);
                open.push(new int[] {written, shown});
                heading.setLevel(shown);
            }
        }
    }
}
