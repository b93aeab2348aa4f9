package org.gongshi.content.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;

/** The text of a parsed document, one line per paragraph, heading or table row; raw HTML contributes nothing. */
final class PlainText {
    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private PlainText() {}

    static String of(Node document) {
        PlainText text = new PlainText();
        text.collect(document);
        text.endBlock();
        return String.join("\n", text.blocks);
    }

    private void collect(Node node) {
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof TableSeparator) {
            return;
        } else if (node instanceof Text) {
            line.append(node.getChars().unescape());
        } else if (node instanceof HtmlEntity) {
            line.append(Escaping.unescapeString(node.getChars().toString()));
        } else if (node instanceof Code code) {
            line.append(code.getText().unescape());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            line.append('\n');
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            endBlock();
            line.append(((ContentNode) node).getContentChars());
            endBlock();
        } else {
            collectChildren(node);
        }
    }

    private void collectChildren(Node node) {
        boolean block = node instanceof Paragraph || node instanceof Heading || node instanceof TableRow;
        if (block) {
            endBlock();
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child);
        }
        if (node instanceof TableCell) {
            line.append(' ');
        }
        if (block) {
            endBlock();
        }
    }

    private void endBlock() {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        line.setLength(0);
    }
}
