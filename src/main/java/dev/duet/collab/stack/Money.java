package dev.duet.collab.stack;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are decimals rounded to the cent, half-even (banker's rounding), and travel as strings ("1200.00"). */
final class Money {

    private Money() {
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** {@code amount / by} to the cent, or null when there is nothing to divide by. */
    static BigDecimal per(BigDecimal amount, long by) {
        return by <= 0 ? null : amount.divide(BigDecimal.valueOf(by), 2, RoundingMode.HALF_EVEN);
    }

    static String text(BigDecimal amount) {
        return amount == null ? null : round(amount).toPlainString();
    }
}
