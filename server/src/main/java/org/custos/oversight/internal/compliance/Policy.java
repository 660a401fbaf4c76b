package org.custos.oversight.internal.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A named, versioned set of the rules' parameters, in force from a date. Built from configuration, it refuses
 * any value weaker than the standard ({@link Parameter#atLeastAsStrict}); there is no parameter that disables a
 * rule. {@link #under} applies a state of exception.
 */
public final class Policy {

    private final String version;
    private final LocalDate effectiveFrom;
    private final Map<Parameter, BigDecimal> values;
    private final StateOfException exception;

    private Policy(String version, LocalDate effectiveFrom, Map<Parameter, BigDecimal> values, StateOfException exception) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.values = values;
        this.exception = exception;
    }

    /** The policy with {@code configured} values by parameter name; unknown names and weaker values are refused. */
    public static Policy of(String version, LocalDate effectiveFrom, Map<String, BigDecimal> configured) {
        Map<Parameter, BigDecimal> values = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) values.put(p, p.standard());
        configured.forEach((name, value) -> {
            Parameter p = parse(name).orElseThrow(() -> new PolicyRefused(name, "oversight.UNKNOWN_PARAMETER"));
            if (!p.atLeastAsStrict(value)) throw new PolicyRefused(name, "oversight.WEAKER_THAN_STANDARD");
            values.put(p, value);
        });
        return new Policy(version, effectiveFrom, values, null);
    }

    public static Policy standard() {
        return of("standard", LocalDate.of(2015, 12, 17), Map.of());
    }

    /**
     * This policy under a state of exception: each relaxation must name a parameter of a derogable rule and stay
     * within its exception limit, or the whole state of exception is refused. Every rule stays evaluated.
     */
    public Policy under(StateOfException soe) {
        if (soe == null) return this;
        Map<Parameter, BigDecimal> relaxed = new EnumMap<>(values);
        soe.relaxations().forEach((name, value) -> {
            Parameter p = parse(name).orElseThrow(() -> new PolicyRefused(name, "oversight.UNKNOWN_PARAMETER"));
            if (!p.rule().derogable()) throw new PolicyRefused(name, "oversight.NON_DEROGABLE");
            if (!p.relaxableTo(value)) throw new PolicyRefused(name, "oversight.BEYOND_EXCEPTION_LIMIT");
            relaxed.put(p, value);
        });
        return new Policy(version + "+" + soe.decree(), effectiveFrom, relaxed, soe);
    }

    private static Optional<Parameter> parse(String name) {
        for (Parameter p : Parameter.values()) {
            if (p.name().equals(name)) return Optional.of(p);
        }
        return Optional.empty();
    }

    public String version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal get(Parameter p) {
        return values.get(p);
    }

    public long whole(Parameter p) {
        return values.get(p).longValueExact();
    }

    /** The state of exception in force for this evaluation, recorded as context; null when none. */
    public StateOfException exception() {
        return exception;
    }

    public Map<Parameter, BigDecimal> values() {
        return Map.copyOf(values);
    }

    /** A configuration or a state of exception that would weaken a rule: refused, naming the parameter. */
    public static final class PolicyRefused extends RuntimeException {
        private final String parameter;
        private final String code;

        PolicyRefused(String parameter, String code) {
            super(code + ": " + parameter, null, false, false);
            this.parameter = parameter;
            this.code = code;
        }

        public String parameter() {
            return parameter;
        }

        public String code() {
            return code;
        }
    }
}
