package org.custos.oversight.internal.compliance;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Discipline (rule 11), the medical examination on admission, complaints and allegations (rule 12), deaths in
 * custody (rule 14) and external inspections (rule 17).
 */
final class ProcessChecks {

    private ProcessChecks() {
    }

    static void sanctions(ComplianceEngine.Context c, List<Facts.Sanction> sanctions) {
        for (Facts.Sanction s : sanctions) {
            List<String> ev = List.of("oversight_discipline:" + s.caseId());
            // a sanction on no one person (a collective one) is on a group: the page names it in its language
            boolean group = s.personId() == null;
            String label = group ? "" : s.personId().toString();
            Finding.Text problem = Sanctions.prohibited(s.sanctionCode())
                    ? Phrase.SANCTION_PROHIBITED.with(Phrase.sanction(s.sanctionCode()))
                    : s.persons() > 1 ? Phrase.SANCTION_COLLECTIVE.with(s.persons())
                    : !Sanctions.OFFENCES.contains(s.offenceCode()) ? Phrase.NO_DEFINED_OFFENCE.with()
                    : !s.hearingHeld() ? Phrase.NO_HEARING.with() : null;
            if (problem != null) {
                c.add(Rule.PROHIBITED_SANCTION, Severity.VIOLATION, s.facilityCode(), group ? "GROUP" : "PERSON",
                        s.personId(), label,
                        s.decidedOn(), s.decidedOn(), problem, Phrase.LAWFUL_SANCTION.with(), ev);
            }
        }
    }

    static void examinations(ComplianceEngine.Context c, List<Facts.Admission> admissions) {
        long hours = c.policy().whole(Parameter.MEDICAL_EXAM_HOURS);
        for (Facts.Admission a : admissions) {
            OffsetDateTime due = a.admittedAt().plusHours(hours);
            OffsetDateTime seen = a.examinedAt();
            boolean missing = seen == null && c.now().isAfter(due);
            boolean late = seen != null && seen.isAfter(due);
            if (!missing && !late) continue;
            List<String> ev = a.examinationId() == null ? List.of("oversight_exam_due:" + a.personId())
                    : List.of("oversight_exam_due:" + a.personId(), "oversight_medical_exam:" + a.examinationId());
            Duration after = Duration.ofHours(Duration.between(a.admittedAt(), seen == null ? c.now() : seen).toHours());
            c.add(Rule.MEDICAL_EXAMINATION, Severity.VIOLATION, a.facilityCode(), "PERSON", a.personId(),
                    a.personId().toString(), c.day(a.admittedAt()), c.day(seen == null ? c.now() : seen),
                    (missing ? Phrase.NOT_EXAMINED : Phrase.EXAMINED_AFTER).with(after), Phrase.AT_MOST.with(Duration.ofHours(hours)),
                    ev);
        }
    }

    static void complaints(ComplianceEngine.Context c, List<Facts.Complaint> complaints) {
        for (Facts.Complaint k : complaints) {
            boolean open = k.answeredAt() == null && c.today().isAfter(k.deadline());
            boolean late = k.answeredAt() != null && c.day(k.answeredAt()).isAfter(k.deadline());
            if (!open && !late) continue;
            long days = ChronoUnit.DAYS.between(k.deadline(), k.answeredAt() == null ? c.today() : c.day(k.answeredAt()));
            c.add(Rule.COMPLAINT_DEADLINE, Severity.ALERT, k.facilityCode(), "PERSON", k.personId(),
                    k.personId().toString(), c.day(k.lodgedAt()), k.answeredAt() == null ? c.today() : c.day(k.answeredAt()),
                    (open ? Phrase.UNANSWERED_PAST_DEADLINE : Phrase.ANSWERED_PAST_DEADLINE).with(days),
                    Phrase.ANSWERED_BY.with(k.deadline()), List.of("oversight_complaint:" + k.id()));
        }
    }

    static void allegations(ComplianceEngine.Context c, List<Facts.Allegation> allegations) {
        long hours = c.policy().whole(Parameter.ALLEGATION_REFERRAL_HOURS);
        for (Facts.Allegation a : allegations) {
            OffsetDateTime due = a.receivedAt().plusHours(hours);
            boolean missing = a.referredAt() == null && c.now().isAfter(due);
            boolean late = a.referredAt() != null && a.referredAt().isAfter(due);
            if (!missing && !late) continue;
            c.add(Rule.ALLEGATION_REFERRAL, Severity.VIOLATION, a.facilityCode(), "PERSON", a.personId(),
                    a.personId().toString(), c.day(a.receivedAt()), c.day(a.referredAt() == null ? c.now() : a.referredAt()),
                    missing ? Phrase.NOT_REFERRED.with() : Phrase.REFERRED_AFTER.with(wholeHours(a.receivedAt(), a.referredAt())),
                    Phrase.AT_ONCE.with(Duration.ofHours(hours)), List.of("oversight_allegation:" + a.id()));
        }
    }

    static void deaths(ComplianceEngine.Context c, List<Facts.Death> deaths) {
        long kin = c.policy().whole(Parameter.KIN_NOTICE_HOURS);
        long authority = c.policy().whole(Parameter.AUTHORITY_NOTICE_HOURS);
        for (Facts.Death d : deaths) {
            Finding.Text kinProblem = late(c, d.diedAt(), d.kinInformedAt(), kin, Phrase.KIN_NOT_INFORMED,
                    Phrase.KIN_INFORMED_AFTER);
            Finding.Text authorityProblem = late(c, d.diedAt(), d.authorityInformedAt(), authority,
                    Phrase.AUTHORITY_NOT_INFORMED, Phrase.AUTHORITY_INFORMED_AFTER);
            for (Finding.Text problem : new Finding.Text[] {kinProblem, authorityProblem}) {
                if (problem == null) continue;
                c.add(Rule.DEATH_NOTIFICATION, Severity.VIOLATION, d.facilityCode(), "PERSON", d.personId(),
                        d.personId().toString(), c.day(d.diedAt()), c.today(), problem,
                        Phrase.DEATH_NOTICES.with(Duration.ofHours(kin), Duration.ofHours(authority)),
                        List.of("oversight_death:" + d.id()));
            }
        }
    }

    private static Finding.Text late(ComplianceEngine.Context c, OffsetDateTime from, OffsetDateTime at, long hours,
                                     Phrase notInformed, Phrase informedAfter) {
        OffsetDateTime due = from.plusHours(hours);
        if (at == null) return c.now().isAfter(due) ? notInformed.with() : null;
        return at.isAfter(due) ? informedAfter.with(wholeHours(from, at)) : null;
    }

    /** The time from one instant to another in whole hours (the unit of these rules' deadlines). */
    private static Duration wholeHours(OffsetDateTime from, OffsetDateTime to) {
        return Duration.ofHours(Duration.between(from, to).toHours());
    }

    static void inspections(ComplianceEngine.Context c, List<Facts.FacilityVisits> visits) {
        long interval = c.policy().whole(Parameter.INSPECTION_INTERVAL_DAYS);
        for (Facts.FacilityVisits v : visits) {
            if (v.lastVisit() != null && !c.today().isAfter(v.lastVisit().plusDays(interval))) continue;
            c.add(Rule.INSPECTION_OVERDUE, Severity.ALERT, v.facilityCode(), "FACILITY", null, v.facilityCode(),
                    v.lastVisit() == null ? c.today() : v.lastVisit(), c.today(),
                    v.lastVisit() == null ? Phrase.NEVER_INSPECTED.with() : Phrase.LAST_INSPECTION.with(v.lastVisit()),
                    Phrase.EVERY_DAYS.with(interval), List.of());
        }
    }
}
