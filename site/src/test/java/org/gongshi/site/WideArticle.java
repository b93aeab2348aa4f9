package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A published bulletin as wide as an editor can make one: a 2400 px image and a twelve-column table of long figures,
 * put in through the back office as staff do. What a phone must show without scrolling the page sideways.
 */
final class WideArticle {
    static final String PATH = "/bulletins/wide-article";
    private static final String NAME = "wide-article-staff";
    private static final String PASSWORD = "宽幅文章的编辑与审核 correct horse";
    private static final Pattern UPLOADED = Pattern.compile("value=\"(/uploads/[0-9a-f]{64})\"");

    private WideArticle() {}

    /** Uploads the image, writes the bulletin, submits and publishes it; answers its public path. */
    static String publish(RunningSite site) {
        site.addStaff(NAME, PASSWORD, "editor", "reviewer");
        StaffClient staff = site.staffClient();
        assertEquals(303, staff.signIn(NAME, PASSWORD).statusCode());
        staff.get("/admin");
        HttpResponse<String> uploaded = staff.postFile("/admin/uploads", Map.of("description", "全市执行案件分布示意图"),
                "file", "分布图.png", widePng());
        Matcher image = UPLOADED.matcher(uploaded.body());
        if (!image.find()) {
            throw new AssertionError("upload refused: " + uploaded.body());
        }
        staff.get("/admin/bulletins/new");
        HttpResponse<String> saved = staff.post("/admin/bulletins/new", Map.of("slug", "wide-article",
                "title", "全市法院执行工作进展情况（宽幅图表）", "issuing_unit", "测试市中级人民法院",
                "period", "2026年第三季度", "bulletin_date", "2026-10-15", "action", "save",
                "body", "## 总体情况\n\n本季度执行工作总体平稳。\n\n![全市执行案件分布示意图](" + image.group(1) + ")\n\n"
                        + "### 分项数据\n\n" + wideTable()));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(303, staff.post("/admin/bulletins/wide-article/submit", Map.of("revision", "1")).statusCode());
        HttpResponse<String> published = staff.post("/admin/bulletins/wide-article/approve",
                Map.of("revision", "2", "publish_at", ""));
        assertEquals(303, published.statusCode(), published.body());
        return PATH;
    }

    private static String wideTable() {
        StringBuilder table = new StringBuilder("| 法院 |");
        for (int month = 1; month <= 11; month++) {
            table.append(' ').append(month).append("月执行到位金额（元） |");
        }
        table.append("\n|---|").append("---:|".repeat(11)).append('\n');
        for (String court : new String[] {"测试市中级人民法院", "测试市第一基层人民法院"}) {
            table.append("| ").append(court).append(" |");
            for (int month = 1; month <= 11; month++) {
                table.append(" 1,234,567,").append(100 + month).append(".00 |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    private static byte[] widePng() {
        BufferedImage image = new BufferedImage(2400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1d4e89));
        graphics.fillRect(0, 0, 2400, 300);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
