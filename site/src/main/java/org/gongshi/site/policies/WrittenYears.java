package org.gongshi.site.policies;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gongshi.content.policies.PolicyText;

/** Each text's {@link WrittenYear}, found once per version of it: finding it reads the whole body. */
final class WrittenYears {
    private record Known(Instant updatedAt, Optional<WrittenYear> year) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    Optional<WrittenYear> of(PolicyText text) {
        if (text.updatedAt() == null) {
            return WrittenYear.of(text); // never stored, so no version to keep it under
        }
        Known found = known.get(text.slug());
        if (found == null || !found.updatedAt().equals(text.updatedAt())) {
            found = new Known(text.updatedAt(), WrittenYear.of(text));
            known.put(text.slug(), found);
        }
        return found.year();
    }
}
