package org.gongshi.content.editorial;

/** How a line of a long text fared between two revisions. */
public enum LineChange {
    UNCHANGED,
    INSERTED,
    DELETED
}
