package org.gongshi.content.editorial;

import org.gongshi.content.Status;

/**
 * The one table of which action is allowed from which status. Saving new content and restoring an old revision are
 * allowed from any status and make the item a draft again, so nothing unreviewed is ever public or scheduled.
 */
final class Transitions {
    private Transitions() {}

    static boolean allowed(EditorialAction action, Status from) {
        return switch (action) {
            case CREATE, EDIT, RESTORE, IMPORT -> true;
            case SUBMIT -> from == Status.DRAFT;
            case RETURN -> from != Status.DRAFT;
            case APPROVE, PUBLISH -> from == Status.IN_REVIEW || from == Status.SCHEDULED;
            case PUBLISH_SCHEDULED -> from == Status.SCHEDULED;
            case ARCHIVE -> from == Status.PUBLISHED;
        };
    }

    /** Why {@code action} is refused, in zh-CN, for the actions {@link #allowed} can refuse. */
    static String rule(EditorialAction action) {
        return switch (action) {
            case SUBMIT -> "只有草稿可以提交审核";
            case RETURN -> "它已经是草稿";
            case APPROVE -> "只有待审核或已排期的内容可以批准";
            case PUBLISH -> "只有待审核或已排期的内容可以发布";
            case PUBLISH_SCHEDULED -> "只有已排期的内容会按时发布";
            case ARCHIVE -> "只有已发布的内容可以归档";
            case CREATE, EDIT, RESTORE, IMPORT -> "";
        };
    }
}
