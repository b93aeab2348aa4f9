package org.gongshi.site.web;

/** An RFC 9457 problem detail; {@code detail} is written for the reader in zh-CN. */
record Problem(String type, String title, int status, String detail) {
    static final String MEDIA_TYPE = "application/problem+json";
}
