package org.gongshi.content;

/** Where a piece of content stands; only {@link #PUBLISHED} content is ever shown to the public or indexed. */
public enum Status {
    DRAFT,
    PUBLISHED
}
