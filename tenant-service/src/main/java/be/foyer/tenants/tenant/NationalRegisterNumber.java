package be.foyer.tenants.tenant;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * A Belgian national register number: 11 digits, the last two a check on the first nine (97 minus their remainder
 * modulo 97; for people born in 2000 or later, the nine are prefixed with "2" first). Typed as workers read it off
 * a card, "85.07.30-033.28", or as bare digits.
 */
public record NationalRegisterNumber(String digits) {

    public static final String FIELD = "nationalRegisterNumber";

    /** Accepts digits with dots, dashes and spaces; refuses anything else and a wrong check number. */
    public static NationalRegisterNumber parse(String typed) {
        FieldChecks checks = new FieldChecks();
        check(typed, checks);
        checks.throwIfAny();
        return new NationalRegisterNumber(digitsOf(typed));
    }

    /** Writes into {@code checks} what is wrong with the number as typed; nothing for none typed. */
    public static void check(String typed, FieldChecks checks) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String digits = digitsOf(typed);
        if (!digits.matches("\\d{11}")) {
            checks.reject(FIELD, FieldErrorCode.INVALID_FORMAT, "must be 11 digits, e.g. 85.07.30-033.28");
            return;
        }
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        boolean bornBefore2000 = 97 - base % 97 == check;
        boolean bornFrom2000 = 97 - (2_000_000_000L + base) % 97 == check;
        checks.require(bornBefore2000 || bornFrom2000, FIELD, FieldErrorCode.CHECK_FAILED,
                "the check number (last two digits) does not match; please check the number on the identity card");
    }

    private static String digitsOf(String typed) {
        return typed.replaceAll("[\\s.\\-]", "");
    }

    /** As printed on Belgian identity cards: 85.07.30-033.28. */
    public String formatted() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                + digits.substring(6, 9) + "." + digits.substring(9);
    }
}
