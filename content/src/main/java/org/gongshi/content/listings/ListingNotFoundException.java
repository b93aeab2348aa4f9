package org.gongshi.content.listings;

/** No listing has the given public id. */
public final class ListingNotFoundException extends RuntimeException {
    private final String id;

    public ListingNotFoundException(String id) {
        super("未找到失信名单条目：" + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
