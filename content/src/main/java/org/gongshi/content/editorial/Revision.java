package org.gongshi.content.editorial;

import java.time.Instant;

/** One revision in full: the item exactly as it was saved, and its publication time then. */
public record Revision<T>(RevisionSummary summary, T item, Instant publishAt) {}
