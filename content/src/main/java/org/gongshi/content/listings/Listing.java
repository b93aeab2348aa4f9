package org.gongshi.content.listings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the list of dishonest judgment debtors. {@code id} is the public, unguessable identifier used in
 * /listings/{id}; {@code publishedOn} is 发布时间. Internal and never public: {@code decidedOn} (listing decision),
 * {@code expiresOn} (end of the term, 2 years by default, later when extended), {@code status}, {@code sourceBatch}.
 * {@code rectification} is null for natural persons and private enterprises.
 */
public record Listing(
        String id,
        Debtor debtor,
        Enforcement enforcement,
        LocalDate publishedOn,
        Rectification rectification,
        LocalDate decidedOn,
        LocalDate expiresOn,
        ListingStatus status,
        String sourceBatch,
        Instant createdAt,
        Instant updatedAt) {}
