package org.custos.oversight.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.custos.oversight.internal.compliance.ComplianceEngine;
import org.custos.oversight.internal.compliance.Policy;
import org.custos.oversight.internal.compliance.StateOfException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Oversight's configuration ({@code custos.oversight.*}): the external body allegations go to, the compliance
 * policy's version and parameters (only stricter than the standards; refused at start otherwise), and the state
 * of exception in force with its decree (only derogable deadlines; refused at start otherwise).
 */
@Component
public class OversightSettings {

    private final Clock clock;
    private final ZoneId zone;
    private final String referralBody;
    private final Policy policy;
    private final ComplianceEngine engine;

    OversightSettings(Clock clock, Environment env, @Value("${custos.time-zone:America/El_Salvador}") String zone,
                      @Value("${custos.oversight.referral-body}") String referralBody,
                      @Value("${custos.oversight.policy-version:SV-OVERSIGHT-2026.1}") String version) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.referralBody = referralBody;
        Binder binder = Binder.get(env);
        Map<String, BigDecimal> parameters = binder.bind("custos.oversight.parameters",
                Bindable.mapOf(String.class, BigDecimal.class)).orElse(Map.of());
        Policy base = Policy.of(version, LocalDate.of(2026, 1, 1), parameters);
        String decree = env.getProperty("custos.oversight.state-of-exception.decree", "");
        if (decree.isBlank()) {
            this.policy = base;
        } else {
            Map<String, BigDecimal> relaxations = binder.bind("custos.oversight.state-of-exception.relaxations",
                    Bindable.mapOf(String.class, BigDecimal.class)).orElse(Map.of());
            String notifiedOn = env.getProperty("custos.oversight.state-of-exception.notified-on", "");
            this.policy = base.under(new StateOfException(decree,
                    LocalDate.parse(env.getRequiredProperty("custos.oversight.state-of-exception.decree-date")),
                    env.getProperty("custos.oversight.state-of-exception.notification", ""),
                    notifiedOn.isBlank() ? null : LocalDate.parse(notifiedOn), relaxations));
        }
        this.engine = new ComplianceEngine(clock, this.zone);
    }

    public String referralBody() {
        return referralBody;
    }

    public Policy policy() {
        return policy;
    }

    ComplianceEngine engine() {
        return engine;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
