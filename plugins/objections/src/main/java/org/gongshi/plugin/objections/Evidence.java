package org.gongshi.plugin.objections;

import java.time.Instant;
import org.gongshi.content.uploads.MediaType;

/** One file of an objection, in the order received; {@code fileName} is the safe form of the name it was sent under. */
record Evidence(int position, String sha256, MediaType mediaType, long sizeBytes, String fileName, Instant addedAt) {}
