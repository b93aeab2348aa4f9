package org.gongshi.plugin.objections;

/** A step that cannot be taken now; the message (zh-CN) says why, for the person who tried. */
final class StepRefusedException extends RuntimeException {
    StepRefusedException(String message) {
        super(message, null, false, false);
    }
}
