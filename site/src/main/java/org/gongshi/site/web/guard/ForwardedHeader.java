package org.gongshi.site.web.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code for=} values of RFC 7239 {@code Forwarded} header lines, in order, and hop addresses without ports. */
final class ForwardedHeader {
    private ForwardedHeader() {}

    static List<String> forValues(List<String> headerLines) {
        List<String> values = new ArrayList<>();
        for (String line : headerLines) {
            for (String element : line.split(",")) {
                values.add(forValue(element));
            }
        }
        return values;
    }

    /** An element without {@code for=} becomes an empty hop, which no address parses from. */
    private static String forValue(String element) {
        for (String pair : element.split(";")) {
            String[] nameAndValue = pair.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                return unquote(nameAndValue[1].strip());
            }
        }
        return "";
    }

    /** {@code "[2001:db8::1]:4711"} → {@code [2001:db8::1]}; {@code 192.0.2.1:80} → {@code 192.0.2.1}. */
    static String withoutPort(String hop) {
        String text = unquote(hop.strip());
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            return end < 0 ? text : text.substring(0, end + 1);
        }
        int colon = text.indexOf(':');
        return colon >= 0 && colon == text.lastIndexOf(':') ? text.substring(0, colon) : text;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
