package org.gongshi.content;

/** What a save did: re-saving identical content changes nothing and records no outbox row. */
public enum SaveResult {
    CREATED,
    UPDATED,
    UNCHANGED
}
