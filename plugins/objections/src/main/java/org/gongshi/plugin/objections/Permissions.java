package org.gongshi.plugin.objections;

import java.util.List;
import java.util.Set;
import org.gongshi.plugin.StaffRole;

/** The plugin's permissions and the two roles that separate handling from the higher level's reconsideration. */
final class Permissions {
    /** See the queue, a request with its applicant's data and evidence, and the overdue counts. */
    static final String READ = "objections.read";
    /** Accept, return, review, decide, and mark the correction done. */
    static final String HANDLE = "objections.handle";
    /** Decide an appeal (上级复核); held by someone other than the handler who decided first. */
    static final String RECONSIDER = "objections.reconsider";

    static final StaffRole HANDLER = new StaffRole("objections.handler", "异议处理人", Set.of(READ, HANDLE));
    static final StaffRole RECONSIDERER = new StaffRole("objections.reconsider", "上级复核人", Set.of(READ, RECONSIDER));

    private Permissions() {}

    static List<StaffRole> roles() {
        return List.of(HANDLER, RECONSIDERER);
    }

    /** The permission a staff step needs; applicants take theirs on the status page, never here. */
    static String toTake(Action action) {
        return switch (action.actor()) {
            case HANDLER -> HANDLE;
            case RECONSIDERER -> RECONSIDER;
            case APPLICANT -> throw new IllegalArgumentException(action + " is the applicant's step");
        };
    }
}
