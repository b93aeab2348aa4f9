package org.gongshi.plugin.pages;

import java.time.LocalDate;

/** A site page such as 关于本站; {@code body} is Markdown. */
record StaticPage(String slug, String title, String body, LocalDate updatedOn) {}
