package org.gongshi.content.listings;

import java.math.BigDecimal;

/**
 * One cell of the 政务失信 ledger: public listings of public-body debtors in {@code province} of {@code kind} whose
 * rectification is {@code rectification} (null when not recorded), and the sum of their unperformed amounts in yuan.
 */
public record LedgerRow(
        String province, DebtorKind kind, Rectification.State rectification, long listings, BigDecimal unperformed) {}
