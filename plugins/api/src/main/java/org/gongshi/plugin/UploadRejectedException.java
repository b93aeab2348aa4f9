package org.gongshi.plugin;

/**
 * A file the site refuses (wrong or damaged type, empty, too large, too many files), with a zh-CN message for the
 * person who sent it, e.g. 只接受 PDF、JPEG、PNG 文件. Nothing of a refused file is kept.
 *
 * @since 0.1
 */
public class UploadRejectedException extends RuntimeException {
    /** @since 0.1 */
    public UploadRejectedException(String message) {
        super(message);
    }
}
