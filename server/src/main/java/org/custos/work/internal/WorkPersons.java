package org.custos.work.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.sentencing.WorkCredits;
import org.custos.shared.web.Validation;
import org.custos.work.WorkPersonRecorded;
import org.custos.work.WorkProfileRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person for the work module: the registry's scope check ({@link Registry#find}: outside it, 404), the
 * projection (filled from the registry's summary for persons admitted before this module knew them), the
 * eligibility facts recorded here, and the eligibility decision for a programme.
 */
@Service
public class WorkPersons {

    private final JdbcClient jdbc;
    private final Registry registry;
    private final PersonProjection projection;
    private final WorkCredits sentencing;
    private final WorkSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    WorkPersons(JdbcClient jdbc, Registry registry, PersonProjection projection, WorkCredits sentencing,
            WorkSettings settings, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.registry = registry;
        this.projection = projection;
        this.sentencing = sentencing;
        this.settings = settings;
        this.events = events;
    }

    /** The person if the caller may see them (null caller: the system); 404 {@code work.not-found} otherwise. */
    PersonProjection.Person require(UUID personId, CurrentUser caller) {
        if (caller != null) {
            PersonSummary s = registry.find(personId, caller).orElseThrow(Scopes::notFound);
            if (projection.find(personId).isEmpty()) remember(s, caller);
        }
        return projection.find(personId).orElseThrow(Scopes::notFound);
    }

    /** 404 {@code work.not-found} unless the caller may see the person (the registry's scope). */
    public void requireVisible(UUID personId, CurrentUser caller) {
        PersonProjection.Person p = require(personId, caller);
        Scopes.require(caller, p.facilityCode());
    }

    /** A person admitted before this module knew them: recorded once, with its event (in the caller's transaction). */
    private void remember(PersonSummary p, CurrentUser caller) {
        LocalDate admitted = p.admittedAt() == null ? null : p.admittedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        String status = p.legalStatus() == null ? null : p.legalStatus().name();
        OffsetDateTime at = settings.now();
        tx.executeWithoutResult(s -> {
            int added = jdbc.sql("""
                    insert into work_person(person_id, booking_number, facility_code, legal_status, held, convicted_on, updated_at)
                    values (:id, :b, :f, :s, :held, :conv, :at) on conflict (person_id) do nothing""")
                    .param("id", p.personId()).param("b", p.bookingNumber()).param("f", p.facilityCode()).param("s", status)
                    .param("held", p.held()).param("conv", "CONVICTED".equals(status) ? admitted : null)
                    .param("at", at).update();
            if (added > 0) {
                events.publishEvent(new WorkPersonRecorded(UUID.randomUUID(), p.personId(), status, p.held(),
                        p.facilityCode(), Scopes.actor(caller), at));
            }
        });
    }

    /** The person with this booking number, as the registry's events told it; null if unknown. */
    public UUID idOfBooking(String booking) {
        return projection.byBooking(booking).map(PersonProjection.Person::personId).orElse(null);
    }

    @Transactional
    public UUID recordProfile(UUID personId, Requests.Profile p, CurrentUser caller) {
        PersonProjection.Person person = require(personId, caller);
        Scopes.require(caller, person.facilityCode());
        Validation v = new Validation();
        v.rejectIf(p.securityLevel() != null && !Eligibility.SECURITY.contains(p.securityLevel()), "securityLevel",
                "work.SECURITY_INVALID");
        v.rejectIf(p.regimePhase() != null && !PHASES.contains(p.regimePhase()), "regimePhase", "work.PHASE_INVALID");
        v.rejectIf(p.medicalNote() != null && p.medicalNote().length() > 500, "medicalNote", "work.TEXT_TOO_LONG", 500);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        boolean consent = Boolean.TRUE.equals(p.consent());
        boolean gang = Boolean.TRUE.equals(p.gangMember());
        jdbc.sql("""
                insert into work_profile_rev(id, person_id, medical_fit, medical_note, consent, security_level, regime_phase,
                  gang_member, recorded_by, recorded_at) values (:id, :p, :fit, :note, :consent, :sec, :phase, :gang, :by, :at)""")
                .param("id", id).param("p", personId).param("fit", p.medicalFit()).param("note", Scopes.trim(p.medicalNote()))
                .param("consent", consent).param("sec", p.securityLevel()).param("phase", p.regimePhase())
                .param("gang", gang).param("by", Scopes.actor(caller)).param("at", at).update();
        events.publishEvent(new WorkProfileRecorded(UUID.randomUUID(), personId, id, p.medicalFit(), consent,
                p.securityLevel(), p.regimePhase(), gang, person.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    public static final java.util.List<String> PHASES = java.util.List.of("ADAPTATION", "ORDINARY", "TRUST", "SEMI_FREEDOM");

    /** The eligibility decision for the person and programme, with every refusal and its rule. */
    public Eligibility.Decision eligibility(PersonProjection.Person p, ProgrammeService.Programme g) {
        Eligibility.Facts facts = new Eligibility.Facts(p.legalStatus(), p.held(), p.facilityCode(), p.medicalFit(),
                p.consent(), p.securityLevel(), p.regimePhase(), p.gangMember(), sentencing.offenceCodes(p.personId()));
        Eligibility.Terms terms = new Eligibility.Terms(g.facilityCode(), g.kind(), g.outside(), g.paid(), g.noGangRule(),
                g.maxSecurity(), g.redencionRule());
        return Eligibility.decide(facts, terms, settings.policy());
    }
}
