package org.gongshi.plugin;

import java.math.BigDecimal;

/**
 * The site's own rules for values people type, so a plugin's forms accept exactly what the core's accept.
 *
 * @since 0.1
 */
public interface InputChecks {
    /**
     * The canonical form of a resident ID number or unified social credit / organization code as typed.
     *
     * @throws InvalidInputException with a zh-CN message saying what is wrong with it
     * @since 0.1
     */
    String identifier(String typed);

    /**
     * A canonical identifier as the public may see it: a person's ID masked (3423011964****3224), a code in full.
     *
     * @since 0.1
     */
    String shownIdentifier(String canonical);

    /**
     * An amount in yuan as typed (e.g. {@code 1,000.5}), within the bounds the listings accept.
     *
     * @throws InvalidInputException with a zh-CN message saying what is wrong with it
     * @since 0.1
     */
    BigDecimal yuan(String typed);
}
