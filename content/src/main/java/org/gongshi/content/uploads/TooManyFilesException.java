package org.gongshi.content.uploads;

/** A form sent more files than its policy allows. */
public final class TooManyFilesException extends UploadRejectedException {
    public TooManyFilesException(int maxFiles) {
        super("最多上传 " + maxFiles + " 个文件");
    }
}
