package dev.duet.collab.stack;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/** How often a tool's cost is billed; every cost is also shown per year and per month. */
public enum BillingPeriod {
    MONTHLY("monthly"), YEARLY("yearly");

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private final String id;

    BillingPeriod(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<BillingPeriod> of(String id) {
        return Arrays.stream(values()).filter(period -> period.id.equals(id)).findFirst();
    }

    /** The cost of a year of this billing, to the cent. */
    public BigDecimal annual(BigDecimal cost) {
        return Money.round(this == MONTHLY ? cost.multiply(MONTHS) : cost);
    }

    /** The cost of a month of this billing, to the cent (a yearly cost divided by 12, rounded half-even). */
    public BigDecimal monthly(BigDecimal cost) {
        return this == MONTHLY ? Money.round(cost) : cost.divide(MONTHS, 2, RoundingMode.HALF_EVEN);
    }
}
