package org.gongshi.site.bulletins;

import org.gongshi.content.bulletins.Bulletin;

/** A bulletin with its Markdown body rendered to sanitized HTML. */
record BulletinView(Bulletin item, String bodyHtml) {}
