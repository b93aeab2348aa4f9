package org.gongshi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A takedown as an operator makes it while the site runs: {@code listing remove} from another process, on a case
 * number. Timed until no surface shows any listing of the case: the API, the lookup page, and their detail pages
 * (404 or 410).
 */
final class Takedown {
    private static final long GIVE_UP_NANOS = 10_000_000_000L;
    /** The API, the lookup page and a detail page. */
    private static final int SURFACES = 3;

    private final Path jar;
    private final Path data;
    private final Path work;
    private final SiteClient site;

    Takedown(Path jar, Path data, Path work, SiteClient site) {
        this.jar = jar;
        this.data = data;
        this.work = work;
        this.site = site;
    }

    /** Milliseconds from the removal's commit (the CLI's exit) until every surface has let the case's listings go. */
    double millisUntilGone(ListingSample listed) throws IOException, InterruptedException {
        ListingQuery byCase = new ListingQuery(ListingQuery.Kind.CASE_NUMBER_OTHER_BRACKETS, null, null,
                listed.caseNumber(), null, listed);
        List<String> details = new ArrayList<>();
        site.json(byCase.apiPath()).path("items").forEach(item -> details.add(item.path("url").asText()));
        if (showing(byCase, details).size() != SURFACES) {
            throw new IllegalStateException("the takedown sample is not on every surface: " + listed.caseNumber());
        }
        Cli.time(jar, Files.createTempFile(work, "remove-", ".log"), "listing", "remove",
                listed.caseNumber(), "--ground", "PERFORMED", "--data", data.toString());
        long removed = System.nanoTime();
        for (List<String> still = showing(byCase, details); !still.isEmpty(); still = showing(byCase, details)) {
            if (System.nanoTime() - removed > GIVE_UP_NANOS) {
                throw new IllegalStateException("still on " + still + " 10 s after the takedown");
            }
            Thread.sleep(2);
        }
        return (System.nanoTime() - removed) / 1e6;
    }

    /** The surfaces that still show a listing of the case. */
    private List<String> showing(ListingQuery byCase, List<String> details) throws IOException, InterruptedException {
        List<String> surfaces = new ArrayList<>();
        if (site.json(byCase.apiPath()).path("total").asLong() > 0) {
            surfaces.add("the API");
        }
        String lookup = site.text(byCase.lookupPath());
        if (details.stream().anyMatch(url -> linksTo(lookup, url))) {
            surfaces.add("the lookup page");
        }
        if (anyShown(details)) {
            surfaces.add("a detail page");
        }
        return surfaces;
    }

    /** A results row links its detail page, with the way back after a {@code ?}. */
    private static boolean linksTo(String html, String url) {
        return Pattern.compile("href=\"" + Pattern.quote(url) + "[\"?]").matcher(html).find();
    }

    private boolean anyShown(List<String> details) throws IOException, InterruptedException {
        for (String url : details) {
            int status = site.status(url);
            if (status == 200) {
                return true;
            }
            if (status != 404 && status != 410) {
                throw new IllegalStateException(url + " answered " + status);
            }
        }
        return false;
    }
}
