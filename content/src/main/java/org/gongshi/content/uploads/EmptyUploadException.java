package org.gongshi.content.uploads;

/** Nothing was sent. */
public final class EmptyUploadException extends UploadRejectedException {
    public EmptyUploadException() {
        super("文件为空");
    }
}
