package org.gongshi.site.listings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.PublicBodyFilter;
import org.gongshi.content.listings.Rectification;
import org.gongshi.site.web.InvalidRequestException;

/**
 * The filters of /government-credit as its address says them ({@code ?province=浙江&kind=government-body
 * &status=not-performed}): read strictly, since they come from choice lists, and written back for the pager.
 */
record GovernmentCreditFilter(String province, DebtorKind kind, Rectification.State status) {
    static final List<DebtorKind> KINDS = Arrays.stream(DebtorKind.values()).filter(DebtorKind::isPublicBody).toList();

    static GovernmentCreditFilter read(Map<String, List<String>> parameters, List<String> provinces) {
        String province = single(parameters, "province");
        if (province != null && !provinces.contains(province)) {
            throw new InvalidRequestException("error.parameter.choice", "province");
        }
        return new GovernmentCreditFilter(province, choice(parameters, "kind", KINDS),
                choice(parameters, "status", List.of(Rectification.State.values())));
    }

    /** The address's form of a choice: GOVERNMENT_BODY is government-body. */
    static String parameter(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    PublicBodyFilter toQuery() {
        return new PublicBodyFilter(province, kind, status);
    }

    boolean isEmpty() {
        return province == null && kind == null && status == null;
    }

    /** The address of page {@code page} with these filters. */
    String url(int page) {
        Map<String, String> query = new LinkedHashMap<>();
        if (province != null) {
            query.put("province", province);
        }
        if (kind != null) {
            query.put("kind", parameter(kind));
        }
        if (status != null) {
            query.put("status", parameter(status));
        }
        if (page > 1) {
            query.put("page", Integer.toString(page));
        }
        StringBuilder url = new StringBuilder("/government-credit");
        query.forEach((name, value) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return url.toString();
    }

    private static <E extends Enum<E>> E choice(Map<String, List<String>> parameters, String name, List<E> choices) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        return choices.stream().filter(choice -> parameter(choice).equals(value)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("error.parameter.choice", name));
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidRequestException("error.parameter.repeated", name);
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }
}
