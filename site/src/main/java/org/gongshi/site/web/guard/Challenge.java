package org.gongshi.site.web.guard;

/**
 * A puzzle as the client receives it (ALTCHA's shape): find {@code number} in 0 … {@code maxnumber} such that
 * hex(SHA-256(salt + number)) equals {@code challenge}. {@code salt} carries its expiry; {@code signature} proves the
 * server issued the challenge.
 */
public record Challenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {}
