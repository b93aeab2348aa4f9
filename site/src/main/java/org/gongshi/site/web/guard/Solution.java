package org.gongshi.site.web.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** A solved challenge as the client sends it back: base64 of this record as JSON, in a form field or a header. */
public record Solution(String algorithm, String challenge, long number, String salt, String signature) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any honest payload; a huge one is not worth decoding. */
    private static final int LONGEST = 1_000;

    public static Optional<Solution> decode(String base64Json) {
        if (base64Json == null || base64Json.isBlank() || base64Json.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            Solution solution = JSON.readValue(Base64.getDecoder().decode(base64Json.strip()), Solution.class);
            boolean complete = solution.algorithm() != null && solution.challenge() != null
                    && solution.salt() != null && solution.signature() != null;
            return complete ? Optional.of(solution) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException malformed) {
            return Optional.empty();
        }
    }

    public String encode() {
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
