package org.gongshi.content.listings;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The case behind a listing, under the national site's labels: 执行法院, 省份, 案号 (canonical form), 执行依据文号,
 * 做出执行依据单位, 立案时间, 生效法律文书确定的义务, 被执行人的履行情况, 已履行部分 / 未履行部分 (yuan, null when
 * not given), 失信被执行人行为具体情形.
 */
public record Enforcement(
        String court,
        String province,
        String caseNumber,
        String basisNumber,
        String basisIssuer,
        LocalDate filedOn,
        String obligation,
        String performance,
        BigDecimal performedAmount,
        BigDecimal unperformedAmount,
        String conduct) {}
