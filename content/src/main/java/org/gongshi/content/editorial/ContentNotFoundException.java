package org.gongshi.content.editorial;

/** No item with that slug, or no such revision of it; the message is zh-CN for staff. */
public final class ContentNotFoundException extends RuntimeException {
    private final String type;
    private final String slug;

    ContentNotFoundException(String type, String slug) {
        super("没有找到内容 " + type + "/" + slug);
        this.type = type;
        this.slug = slug;
    }

    ContentNotFoundException(String type, String slug, int revision) {
        super("内容 " + type + "/" + slug + " 没有第 " + revision + " 版");
        this.type = type;
        this.slug = slug;
    }

    /** The content type, e.g. {@code case}. */
    public String type() {
        return type;
    }

    public String slug() {
        return slug;
    }
}
