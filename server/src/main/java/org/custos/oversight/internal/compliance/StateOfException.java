package org.custos.oversight.internal.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A state of exception in force: its decree (number and date), the notification to the other states parties
 * (ICCPR art. 4(3) / ACHR art. 27(3)) and the parameters it claims to relax, by name. Recorded as the context of
 * every evaluation; it never suspends a check ({@link Policy#under} refuses what the law does not let it relax).
 */
public record StateOfException(String decree, LocalDate decreeDate, String notification, LocalDate notifiedOn,
                               Map<String, BigDecimal> relaxations) {

    public StateOfException {
        Objects.requireNonNull(decree, "decree");
        Objects.requireNonNull(decreeDate, "decreeDate");
        relaxations = relaxations == null ? Map.of() : Map.copyOf(relaxations);
    }
}
