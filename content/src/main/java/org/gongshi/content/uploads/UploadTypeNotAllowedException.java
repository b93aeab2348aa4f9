package org.gongshi.content.uploads;

/** The file's own bytes are not one of the types the policy allows, whatever its name says. */
public final class UploadTypeNotAllowedException extends UploadRejectedException {
    public UploadTypeNotAllowedException(UploadPolicy policy) {
        super(policy.describeAllowed());
    }
}
