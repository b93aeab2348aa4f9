package org.gongshi.content.uploads;

/** The file starts like an allowed type but does not end like one: cut short, or something else behind a header. */
public final class DamagedUploadException extends UploadRejectedException {
    public DamagedUploadException(MediaType type) {
        super(type.label() + " 文件不完整或已损坏");
    }
}
