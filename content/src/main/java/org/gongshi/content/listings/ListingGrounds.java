package org.gongshi.content.listings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The circumstances of Art. 1 that a listing's 失信被执行人行为具体情形 names. Not {@code recognised} when the text is
 * blank or any part of it names none of them: such a listing keeps no fixed term, the conservative reading, until
 * staff look at it. A value, read once per wording and kept with what follows from it.
 */
public final class ListingGrounds {
    /** Combinations are joined with 、 or ；, and files also use commas, slashes and line breaks. */
    private static final Pattern SEPARATORS = Pattern.compile("[、；;，,/／\\s]+");
    private static final ListingGrounds NONE = new ListingGrounds(Set.of(), false);
    /**
     * A million imported rows share a few dozen wordings, each looked at three times on the way in (warning, term,
     * stored items): read once. Bounded, since a file could make every wording different.
     */
    private static final int SEEN_AT_MOST = 4_096;
    private static final Map<String, ListingGrounds> SEEN = new ConcurrentHashMap<>();

    private final Set<ListingGround> grounds;
    private final boolean recognised;
    private final boolean fixedTerm;
    private final String code;

    private ListingGrounds(Set<ListingGround> grounds, boolean recognised) {
        this.grounds = grounds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(grounds));
        this.recognised = recognised;
        this.fixedTerm = recognised && grounds.stream().allMatch(ListingGround::hasFixedTerm);
        this.code = recognised ? grounds.stream().sorted().map(ground -> Integer.toString(ground.item()))
                .collect(Collectors.joining(",")) : null;
    }

    public static ListingGrounds of(String conduct) {
        if (conduct == null) {
            return NONE;
        }
        ListingGrounds known = SEEN.get(conduct);
        if (known != null) {
            return known;
        }
        ListingGrounds read = read(conduct);
        if (SEEN.size() < SEEN_AT_MOST) {
            SEEN.put(conduct, read);
        }
        return read;
    }

    private static ListingGrounds read(String conduct) {
        Set<ListingGround> named = EnumSet.noneOf(ListingGround.class);
        boolean everyPartNamesOne = true;
        for (String part : SEPARATORS.split(conduct.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            Set<ListingGround> inPart = Arrays.stream(ListingGround.values()).filter(ground -> ground.isNamedIn(part))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ListingGround.class)));
            everyPartNamesOne &= !inPart.isEmpty();
            named.addAll(inPart);
        }
        return new ListingGrounds(named, everyPartNamesOne && !named.isEmpty());
    }

    public Set<ListingGround> grounds() {
        return grounds;
    }

    public boolean recognised() {
        return recognised;
    }

    /** Whether Art. 2 gives the listing a fixed term: every circumstance recognised, none of them item (1). */
    public boolean fixedTerm() {
        return fixedTerm;
    }

    /** Several circumstances: the court may extend the term by one to three years (Art. 2, para. 2). */
    public boolean several() {
        return grounds.size() > 1;
    }

    /** The items as stored, e.g. {@code 2,4}; null when not recognised. */
    String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListingGrounds that && recognised == that.recognised && grounds.equals(that.grounds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grounds, recognised);
    }

    @Override
    public String toString() {
        return recognised ? "items " + code : "not recognised";
    }
}
