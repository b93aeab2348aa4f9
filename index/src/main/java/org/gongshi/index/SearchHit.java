package org.gongshi.index;

import java.time.LocalDate;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which matches are wrapped in
 * {@code <mark>}; nothing else is markup, so templates may print them raw. {@code title} is the plain title.
 */
public record SearchHit(
        String id, String type, String title, String titleHtml, String url, String snippetHtml, LocalDate date) {}
