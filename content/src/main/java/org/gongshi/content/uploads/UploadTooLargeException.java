package org.gongshi.content.uploads;

/** The file passed the policy's size limit; reading stopped one byte past it. */
public final class UploadTooLargeException extends UploadRejectedException {
    private final long maxBytes;

    public UploadTooLargeException(long maxBytes) {
        super("文件超过 " + Sizes.describe(maxBytes) + " 上限");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
