package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.identifiers.CreditCode;
import org.gongshi.content.identifiers.InvalidIdentifierException;
import org.gongshi.content.identifiers.Masking;
import org.gongshi.content.identifiers.ParsedIdentifier;
import org.gongshi.content.identifiers.PartyIdentifier;
import org.gongshi.content.identifiers.ResidentId;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.IdentifierKeys;

/**
 * The debtor of a row: its identifier checked and keyed, its kind decided, and minors refused (Art. 4 of the SPC's
 * provisions: only adults may be listed).
 */
final class DebtorRows {
    private static final int ADULT_AGE = 18;

    private final IdentifierKeys keys;

    DebtorRows(IdentifierKeys keys) {
        this.keys = requireNonNull(keys, "keys");
    }

    Debtor debtor(SourceRow row, LocalDate listedOn, List<String> warnings) throws RowRejected {
        String name = row.value(ListingColumn.NAME);
        if (name == null) {
            throw new RowRejected("缺少被执行人姓名/名称");
        }
        String raw = row.value(ListingColumn.IDENTIFIER);
        PartyIdentifier identifier = null;
        String shown = raw;
        if (raw != null && raw.indexOf('*') >= 0) {
            warnings.add("证件号码已被遮蔽，无法核验，按原样公示，且不能按证件号码精确查询");
        } else if (raw != null) {
            identifier = parsed(raw, warnings);
            shown = Masking.shown(identifier);
        }
        DebtorKind kind = kind(row, identifier, raw);
        Integer age = FieldValues.age(row);
        String sex = row.value(ListingColumn.SEX);
        if (identifier instanceof ResidentId person) {
            int ageOnListing = person.ageOn(listedOn);
            if (ageOnListing < ADULT_AGE) {
                throw minor();
            }
            age = age == null ? ageOnListing : age;
            sex = sex == null ? person.sex() : sex;
        } else if (kind == DebtorKind.NATURAL_PERSON && age != null && age < ADULT_AGE) {
            throw minor();
        }
        boolean person = kind == DebtorKind.NATURAL_PERSON;
        String superiorBody = row.value(ListingColumn.SUPERIOR_BODY);
        if (kind.isPublicBody() && superiorBody == null) {
            warnings.add("缺少上级主管部门/出资人");
        } else if (!kind.isPublicBody() && superiorBody != null) {
            warnings.add("只有机关、事业单位、村（居）民委员会和国有企业记录上级主管部门/出资人，已忽略");
            superiorBody = null;
        }
        return new Debtor(kind, name, person ? sex : null, person ? age : null, shown,
                identifier == null ? null : keys.keyOf(identifier), row.value(ListingColumn.LEGAL_REPRESENTATIVE),
                superiorBody);
    }

    private static PartyIdentifier parsed(String raw, List<String> warnings) throws RowRejected {
        try {
            ParsedIdentifier parsed = PartyIdentifier.parse(raw);
            warnings.addAll(parsed.warnings());
            return parsed.identifier();
        } catch (InvalidIdentifierException invalid) {
            throw new RowRejected(invalid.getMessage());
        }
    }

    /** An explicit 被执行人类型, else what a credit code says, else an 18-character ID is a person's. */
    private static DebtorKind kind(SourceRow row, PartyIdentifier identifier, String raw) throws RowRejected {
        String explicit = row.value(ListingColumn.KIND);
        if (explicit != null) {
            for (DebtorKind kind : DebtorKind.values()) {
                if (kind.label().equals(explicit) || kind.name().equalsIgnoreCase(explicit)) {
                    return kind;
                }
            }
            throw new RowRejected("被执行人类型无法识别：" + explicit);
        }
        if (identifier instanceof CreditCode code) {
            return DebtorKind.suggestedBy(code).orElse(DebtorKind.ENTERPRISE);
        }
        if (identifier instanceof ResidentId || (identifier == null && raw != null && raw.length() == 18)) {
            return DebtorKind.NATURAL_PERSON;
        }
        return DebtorKind.ENTERPRISE;
    }

    private static RowRejected minor() {
        return new RowRejected("被执行人在列入失信名单时未满 18 周岁，依第四条不得纳入");
    }
}
