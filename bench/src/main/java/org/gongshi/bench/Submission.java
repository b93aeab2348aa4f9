package org.gongshi.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One filing as a browser sends it: the form's submission token, the fields and the files, and the exact multipart
 * body, so that sending it again (a retry after a failure) is the same request byte for byte.
 */
record Submission(String token, Map<String, String> fields, List<EvidenceFile> files, String contentType,
        byte[] body) {
    Submission {
        requireNonNull(token, "token");
        fields = Map.copyOf(fields);
        files = List.copyOf(files);
    }
}
