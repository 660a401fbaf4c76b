package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.CustodySpan;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.sentencing.internal.Commands.CreditCommand;
import org.custos.sentencing.internal.Commands.DisallowanceCommand;
import org.custos.sentencing.internal.Commands.IntervalCommand;
import org.custos.sentencing.internal.Commands.PretrialCommand;
import org.custos.sentencing.internal.Commands.SentenceCommand;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.Bounds.Kind;
import org.custos.shared.web.Validation;
import org.springframework.stereotype.Component;

/**
 * The plausible range of every date and the size of every text and list of the sentencing commands,
 * through the one shared {@link Bounds} (table: {@code docs/input-bounds.md}). Dates that record what
 * happened (offences, custody, work, decisions) are not after today in the facilities' zone; a
 * sentence's start may lie up to the horizon ahead.
 */
@Component
class SentencingBounds {

    /** Nobody is held before the age of criminal responsibility (the registry admits from twelve). */
    static final int HELD_FROM_AGE = 12;
    static final int MAX_FLAGS = 10;

    private final Bounds bounds;
    private final Registry registry;

    SentencingBounds(Bounds bounds, Registry registry) {
        this.bounds = bounds;
        this.registry = registry;
    }

    LocalDate today() {
        return bounds.today();
    }

    void sentence(Validation v, String f, SentenceCommand c) {
        bounds.date(v, f + ".startDate", c.startDate(), Kind.FAR_FUTURE);
        bounds.date(v, f + ".offenceDate", c.offenceDate(), Kind.PAST_FACT);
        Bounds.text(v, f + ".jurisdiction", c.jurisdiction(), Bounds.CODE);
        Bounds.text(v, f + ".offence.code", c.offenceCode(), Bounds.CODE);
        Bounds.text(v, f + ".offenceDescription", c.offenceDescription(), Bounds.TEXT);
        Bounds.text(v, "reason", c.reason(), Bounds.TEXT);
    }

    /**
     * Inside the person's custody as the registry records it: not before the first arrest or admission of any
     * admission ({@code sentencing.interval.before-custody}, with that day; the age of twelve when the registry
     * has no admission), not after the last release of a person no longer held
     * ({@code sentencing.interval.after-release}, with the release day), and not after today.
     * An interval that ends before it starts is the engine's to refuse ({@code sentencing.INTERVAL_REVERSED}).
     */
    void interval(Validation v, String f, IntervalCommand c, UUID personId, CurrentUser caller) {
        boolean from = bounds.date(v, f + ".from", c.from(), Kind.PAST_FACT);
        boolean to = bounds.date(v, f + ".to", c.to(), Kind.PAST_FACT);
        Bounds.text(v, f + ".document", c.document(), Bounds.CODE);
        if (caller == null) {
            return;
        }
        LocalDate born = registry.find(personId, caller).map(PersonSummary::dateOfBirth).orElse(null);
        CustodySpan span = registry.custodySpan(personId, caller).orElse(null);
        LocalDate first = span == null || span.since() == null
                ? (born == null ? null : born.plusYears(HELD_FROM_AGE)) : bounds.dayOf(span.since());
        if (from && first != null && c.from() != null && c.from().isBefore(first)) {
            v.reject(f + ".from", "sentencing.interval.before-custody", first.toString());
        }
        LocalDate released = span == null || span.releasedAt() == null ? null : bounds.dayOf(span.releasedAt());
        if (to && released != null && c.to() != null && c.to().isAfter(released)) {
            v.reject(f + ".to", "sentencing.interval.after-release", released.toString());
        }
    }

    void credit(Validation v, String f, CreditCommand c) {
        bounds.date(v, f + ".date", c.date(), Kind.PAST_FACT);
        Bounds.text(v, f + ".document", c.document(), Bounds.CODE);
    }

    void revocation(Validation v, String f, LocalDate date, String reason, String document) {
        bounds.date(v, f + ".date", date, Kind.PAST_FACT);
        Bounds.text(v, f + ".reason", reason, Bounds.TEXT);
        Bounds.text(v, f + ".document", document, Bounds.CODE);
    }

    void disallowance(Validation v, String f, DisallowanceCommand c) {
        bounds.date(v, f + ".date", c.date(), Kind.PAST_FACT);
        Bounds.text(v, f + ".reason", c.reason(), Bounds.TEXT);
        Bounds.text(v, f + ".document", c.document(), Bounds.CODE);
    }

    void pretrial(Validation v, PretrialCommand c) {
        bounds.date(v, "detentionStart", c.detentionStart(), Kind.PAST_FACT);
        Bounds.text(v, "reason", c.reason(), Bounds.TEXT);
    }

    /** The flags list, and a reason of at most {@link Bounds#TEXT} characters. Returns false if the list is too long. */
    boolean flags(Validation v, java.util.List<String> flags, String reason) {
        Bounds.text(v, "reason", reason, Bounds.TEXT);
        return Bounds.list(v, "flags", flags, MAX_FLAGS);
    }
}
