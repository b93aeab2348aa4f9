package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

/**
 * The limits of one named bucket. Over {@code soft}, a request needs a proof of work (or a pass from one); over
 * {@code hard}, it is refused whatever it carries, so solving challenges cannot buy more than {@code hard}.
 */
public record BucketLimits(String name, RateLimit soft, RateLimit hard) {
    /**
     * Listing pages: a citizen paging through results, one page every few seconds for a few minutes, never meets the
     * challenge (20 at once, then 10 a minute); a scraper meets it after 20 pages and stops at 30 a minute.
     */
    public static final BucketLimits LISTINGS =
            new BucketLimits("listings", RateLimit.perMinute(10, 20), RateLimit.perMinute(30, 60));
    /** Search pages: cheap to serve and typed by hand, so generous. */
    public static final BucketLimits SEARCH =
            new BucketLimits("search", RateLimit.perMinute(60, 60), RateLimit.perMinute(120, 180));
    /** The search API: scripts are its readers, so a steady rate matters more than a burst. */
    public static final BucketLimits SEARCH_API =
            new BucketLimits("search-api", RateLimit.perMinute(60, 60), RateLimit.perMinute(120, 180));

    /**
     * Public forms (an objection, a status lookup): 20 at once, then 10 a minute, with no challenge to lift it. A
     * person sends a handful; a script guessing query codes or flooding the handlers' queue stops here.
     */
    public static final BucketLimits PUBLIC_FORMS =
            new BucketLimits("public-forms", RateLimit.perMinute(10, 20), RateLimit.perMinute(10, 20));

    public BucketLimits {
        requireNonNull(name, "name");
        requireNonNull(soft, "soft");
        requireNonNull(hard, "hard");
        if (hard.burst() < soft.burst() || hard.interval().compareTo(soft.interval()) > 0) {
            throw new IllegalArgumentException("bucket " + name + ": the hard limit must allow at least the soft one");
        }
    }
}
