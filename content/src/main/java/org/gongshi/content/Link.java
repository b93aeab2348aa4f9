package org.gongshi.content;

/** A titled link, e.g. a 解读 (interpretation) of a policy text; {@code url} is absolute http(s) or site-relative. */
public record Link(String title, String url) {}
