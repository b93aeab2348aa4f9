package org.gongshi.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the receipt page gives the applicant: the tracking number and the query code (without its spaces). */
record FiledReceipt(String trackingNumber, String queryCode) {
    private static final Pattern NUMBER =
            Pattern.compile("跟踪编号</dt><dd class=\"code\">((?:YY|XF)\\d{6}[0-9A-Z]{6})</dd>");
    private static final Pattern CODE = Pattern.compile("查询码</dt><dd class=\"code\">([0-9A-Z ]{26,40})</dd>");

    /** The receipt on {@code page}, if it is a receipt page. */
    static Optional<FiledReceipt> on(String page) {
        Matcher number = NUMBER.matcher(page);
        Matcher code = CODE.matcher(page);
        if (!number.find() || !code.find()) {
            return Optional.empty();
        }
        return Optional.of(new FiledReceipt(number.group(1), code.group(1).replace(" ", "")));
    }
}
