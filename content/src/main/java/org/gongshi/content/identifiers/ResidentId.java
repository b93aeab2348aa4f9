package org.gongshi.content.identifiers;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;

/**
 * A GB 11643 居民身份证号码 in its 18-symbol form: six digits of address code, the birth date as yyyyMMdd, a
 * three-digit sequence whose parity is the holder's sex, and the MOD 11-2 check symbol. A legacy 15-digit number is
 * converted to this form so that both find the same person.
 */
public record ResidentId(String canonical, LocalDate birthDate, String sex) implements PartyIdentifier {
    public ResidentId {
        requireNonNull(canonical, "canonical");
        requireNonNull(birthDate, "birthDate");
        requireNonNull(sex, "sex");
    }

    public static ResidentId parse(String raw) {
        String number = IdentifierText.fold(raw);
        if (number.length() == 15) {
            ResidentIdDigits.requireDigits(number, 15);
            String seventeen = number.substring(0, 6) + "19" + number.substring(6);
            return of(seventeen + ResidentIdDigits.checkSymbol(seventeen));
        }
        if (number.length() != 18) {
            throw new InvalidIdentifierException("居民身份证号码应为18位（或旧版15位），实际为"
                    + number.codePointCount(0, number.length()) + "位");
        }
        ResidentIdDigits.requireDigits(number, 17);
        char expected = ResidentIdDigits.checkSymbol(number.substring(0, 17));
        if (number.charAt(17) != expected) {
            throw new InvalidIdentifierException("居民身份证号码校验码不符：按前17位应为“" + expected + "”，实际为"
                    + IdentifierText.quoted(number, 17) + "，请核对号码");
        }
        return of(number);
    }

    private static ResidentId of(String eighteen) {
        LocalDate birthDate = ResidentIdDigits.birthDate(eighteen.substring(6, 14));
        String sex = (eighteen.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        return new ResidentId(eighteen, birthDate, sex);
    }

    /** Whole years of age on {@code date}, as the national list prints 年龄. */
    public int ageOn(LocalDate date) {
        requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date " + date + " is before the birth date " + birthDate);
        }
        return Period.between(birthDate, date).getYears();
    }

    @Override
    public String shown() {
        return Masking.shown(this);
    }
}
