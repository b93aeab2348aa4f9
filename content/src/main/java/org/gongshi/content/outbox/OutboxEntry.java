package org.gongshi.content.outbox;

/** One change to index: the document of {@code type} with {@code id} was written (or removed) at {@code sequence}. */
public record OutboxEntry(long sequence, String type, String id) {}
