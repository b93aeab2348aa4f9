package org.gongshi.content.listings.importing;

import java.util.List;
import org.gongshi.content.listings.Listing;

/** A checked row: the listing to save, or the zh-CN reason it was rejected; warnings either way. */
record ConvertedRow(long line, Listing listing, String rejection, List<String> warnings) {}
