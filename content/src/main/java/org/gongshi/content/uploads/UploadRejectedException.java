package org.gongshi.content.uploads;

/**
 * A file the site refuses, with a message for the person who sent it (zh-CN). Nothing of a refused file is kept.
 * The web layer maps each kind to its status: too large 413; a wrong, damaged or empty file or too many files 422.
 */
public abstract sealed class UploadRejectedException extends RuntimeException
        permits UploadTooLargeException, UploadTypeNotAllowedException, DamagedUploadException, EmptyUploadException,
                TooManyFilesException {
    UploadRejectedException(String message) {
        super(message);
    }
}
