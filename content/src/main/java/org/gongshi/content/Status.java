package org.gongshi.content;

/**
 * Where a piece of content stands in the editorial workflow ({@code org.gongshi.content.editorial}): draft → in
 * review → scheduled → published → archived. Only {@link #PUBLISHED} content is ever shown to the public or
 * indexed.
 */
public enum Status {
    DRAFT("草稿"),
    IN_REVIEW("待审核"),
    SCHEDULED("已排期"),
    PUBLISHED("已发布"),
    ARCHIVED("已归档");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The zh-CN name staff see, e.g. 待审核. */
    public String label() {
        return label;
    }

    public boolean isPublic() {
        return switch (this) {
            case PUBLISHED -> true;
            case DRAFT, IN_REVIEW, SCHEDULED, ARCHIVED -> false;
        };
    }
}
