package org.gongshi.content.editorial;

import org.gongshi.content.SaveResult;

/** What a save did ({@link SaveResult#UNCHANGED}: nothing, and no revision) and the item as it now stands. */
public record Saved<T>(SaveResult result, EditorialItem<T> item) {}
