package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.identifiers.InvalidIdentifierException;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingGrounds;
import org.gongshi.content.listings.ListingStatus;
import org.gongshi.content.listings.Rectification;

/** Turns a source row into a {@link Listing}, or says in zh-CN why it cannot be one. */
final class ListingRows {
    private final DebtorRows debtors;
    private final Clock clock;
    private final String sourceBatch;

    ListingRows(DebtorRows debtors, Clock clock, String sourceBatch) {
        this.debtors = requireNonNull(debtors, "debtors");
        this.clock = requireNonNull(clock, "clock");
        this.sourceBatch = requireNonNull(sourceBatch, "sourceBatch");
    }

    ConvertedRow convert(SourceRow row) {
        List<String> warnings = new ArrayList<>(0);
        if (row.problem() != null) {
            return new ConvertedRow(row.line(), null, row.problem(), warnings);
        }
        try {
            return new ConvertedRow(row.line(), listing(row, warnings), null, warnings);
        } catch (RowRejected rejected) {
            return new ConvertedRow(row.line(), null, rejected.getMessage(), warnings);
        }
    }

    private Listing listing(SourceRow row, List<String> warnings) throws RowRejected {
        for (String value : row.values()) {
            if (value != null && value.indexOf('\uFFFD') >= 0) {
                throw new RowRejected("含有无法识别的字符：这一行的编码与文件开头不一致");
            }
        }
        String caseNumber = caseNumber(row);
        Instant now = clock.instant();
        LocalDate publishedOn = FieldValues.date(row, ListingColumn.PUBLISHED_ON);
        if (publishedOn == null) {
            publishedOn = LocalDate.now(clock);
        }
        LocalDate decidedOn = FieldValues.date(row, ListingColumn.DECIDED_ON);
        if (decidedOn == null) {
            decidedOn = publishedOn;
        }
        Debtor debtor = debtors.debtor(row, decidedOn, warnings);
        Enforcement enforcement = new Enforcement(row.value(ListingColumn.COURT), row.value(ListingColumn.PROVINCE),
                caseNumber, row.value(ListingColumn.BASIS_NUMBER), row.value(ListingColumn.BASIS_ISSUER),
                FieldValues.date(row, ListingColumn.FILED_ON), row.value(ListingColumn.OBLIGATION),
                row.value(ListingColumn.PERFORMANCE), FieldValues.amount(row, ListingColumn.PERFORMED_AMOUNT),
                FieldValues.amount(row, ListingColumn.UNPERFORMED_AMOUNT), row.value(ListingColumn.CONDUCT));
        Rectification rectification = rectification(row, debtor, decidedOn, warnings);
        if (!ListingGrounds.of(enforcement.conduct()).recognised()) {
            warnings.add("失信被执行人行为具体情形无法对应《规定》第一条的情形，按无固定期限公示，请工作人员核对");
        }
        return new Listing(null, debtor, enforcement, publishedOn, rectification, decidedOn,
                FieldValues.term(row, decidedOn), ListingStatus.PUBLISHED, sourceBatch, now, now);
    }

    private static String caseNumber(SourceRow row) throws RowRejected {
        String raw = row.value(ListingColumn.CASE_NUMBER);
        if (raw == null) {
            throw new RowRejected("缺少案号");
        }
        try {
            return CaseNumber.parse(raw).canonical();
        } catch (InvalidIdentifierException invalid) {
            throw new RowRejected(invalid.getMessage());
        }
    }

    /** Public bodies are tracked until they put things right; without a stated state they have not yet. */
    private static Rectification rectification(SourceRow row, Debtor debtor, LocalDate decidedOn,
            List<String> warnings) throws RowRejected {
        String text = row.value(ListingColumn.RECTIFICATION);
        if (!debtor.kind().isPublicBody()) {
            if (text != null) {
                warnings.add("只有机关、事业单位、村（居）民委员会和国有企业记录整改状态，已忽略");
            }
            return null;
        }
        if (text == null) {
            return new Rectification(Rectification.State.NOT_PERFORMED, decidedOn);
        }
        for (Rectification.State state : Rectification.State.values()) {
            if (state.label().equals(text) || state.name().equalsIgnoreCase(text)) {
                return new Rectification(state, decidedOn);
            }
        }
        throw new RowRejected("整改状态无法识别：" + text + "（应为未履行、履行中、已和解或已履行）");
    }
}
