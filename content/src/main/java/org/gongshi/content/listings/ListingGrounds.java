package org.gongshi.content.listings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The circumstances of Art. 1 that a listing's 失信被执行人行为具体情形 names. {@code recognised} is false when the text
 * is blank or any part of it names none of them: such a listing keeps no fixed term, the conservative reading, until
 * staff look at it.
 */
public record ListingGrounds(Set<ListingGround> grounds, boolean recognised) {
    /** Combinations are joined with 、 or ；, and files also use commas, slashes and line breaks. */
    private static final Pattern SEPARATORS = Pattern.compile("[、；;，,/／\\s]+");
    private static final String CODE_SEPARATOR = ",";

    public ListingGrounds {
        grounds = grounds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(grounds));
    }

    public static ListingGrounds of(String conduct) {
        if (conduct == null || conduct.isBlank()) {
            return new ListingGrounds(Set.of(), false);
        }
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

    /** Whether Art. 2 gives the listing a fixed term: every circumstance recognised, none of them item (1). */
    public boolean fixedTerm() {
        return recognised && grounds.stream().allMatch(ListingGround::hasFixedTerm);
    }

    /** Several circumstances: the court may extend the term by one to three years (Art. 2, para. 2). */
    public boolean several() {
        return grounds.size() > 1;
    }

    /** The items as stored, e.g. {@code 2,4}; null when not recognised. */
    String code() {
        return recognised ? grounds.stream().sorted().map(ground -> Integer.toString(ground.item()))
                .collect(Collectors.joining(CODE_SEPARATOR)) : null;
    }
}
