package org.custos.oversight.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.housing.Cells;
import org.custos.oversight.internal.compliance.Facts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts of one facility for the compliance engine: its cells (from housing), the current revision of each
 * unit's regime and its exceptions over the last {@code days} days, readings over that window, and every
 * segregation, restraint, sanction, admission, complaint, allegation and death recorded there.
 */
@Component
class FactsLoader {

    private final JdbcClient jdbc;
    private final Cells cells;
    private final OversightSettings settings;

    FactsLoader(JdbcClient jdbc, Cells cells, OversightSettings settings) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.settings = settings;
    }

    Facts load(String facility, int days) {
        LocalDate since = settings.today().minusDays(days);
        OffsetDateTime sinceAt = settings.now().minusDays(days + 1L);
        List<Facts.Cell> cellFacts = cells.cells(facility).stream().map(c -> new Facts.Cell(c.id(), c.facilityCode(),
                c.code(), c.population(), c.declaredCapacity(), c.floorArea(), c.bunks())).toList();
        List<Facts.RegimeDay> regime = new ArrayList<>(jdbc.sql("""
                select d.id, d.unit_id, d.unit_code, null::uuid, d.facility_code, d.day, d.persons, d.minutes_out_of_cell,
                  d.outdoor_minutes, d.meaningful_contact
                from oversight_regime_day d
                where d.facility_code = :f and d.day >= :since and not exists (select 1 from oversight_regime_day n
                  where n.unit_id = d.unit_id and n.day = d.day and n.revision > d.revision)""")
                .param("f", facility).param("since", since).query(Positional.of(Facts.RegimeDay.class)).list());
        regime.addAll(jdbc.sql("""
                select e.id, d.unit_id, d.unit_code, e.person_id, d.facility_code, d.day, 1, e.minutes_out_of_cell,
                  e.outdoor_minutes, e.meaningful_contact
                from oversight_regime_exception e join oversight_regime_day d on d.id = e.regime_id
                where d.facility_code = :f and d.day >= :since and not exists (select 1 from oversight_regime_day n
                  where n.unit_id = d.unit_id and n.day = d.day and n.revision > d.revision)""")
                .param("f", facility).param("since", since).query(Positional.of(Facts.RegimeDay.class)).list());
        List<Facts.Reading> readings = jdbc.sql("""
                select id, cell_id, facility_code, cell_code, measured_at, celsius from oversight_reading
                where facility_code = :f and measured_at >= :since""")
                .param("f", facility).param("since", sinceAt).query(Positional.of(Facts.Reading.class)).list();
        List<Facts.Segregation> segregations = jdbc.sql("""
                select s.id, s.person_id, s.facility_code, s.started_at, s.planned_end, e.at
                from oversight_segregation s left join oversight_segregation_event e on e.segregation_id = s.id and e.kind = 'END'
                where s.facility_code = :f""").param("f", facility).query(Positional.of(Facts.Segregation.class)).list();
        List<Facts.Restraint> restraints = jdbc.sql("""
                select r.id, r.person_id, r.facility_code, r.ground, r.started_at, coalesce(r.ended_at, e.ended_at)
                from oversight_restraint r left join oversight_restraint_end e on e.restraint_id = r.id
                where r.facility_code = :f""").param("f", facility).query(Positional.of(Facts.Restraint.class)).list();
        List<Facts.Sanction> sanctions = jdbc.sql("""
                select id, person_id, facility_code, (recorded_at at time zone :z)::date, offence_code, true, sanction_code, 1
                from oversight_discipline where facility_code = :f""")
                .param("f", facility).param("z", settings.zone().getId()).query(Positional.of(Facts.Sanction.class)).list();
        List<Facts.Admission> admissions = jdbc.sql("""
                select p.person_id, p.facility_code, p.admitted_at, m.id, m.examined_at
                from oversight_person p left join lateral (select id, examined_at from oversight_medical_exam x
                  where x.person_id = p.person_id and x.examined_at >= p.admitted_at order by examined_at limit 1) m on true
                where p.facility_code = :f and p.held and p.admitted_at >= :since""")
                .param("f", facility).param("since", sinceAt).query(Positional.of(Facts.Admission.class)).list();
        List<Facts.Complaint> complaints = jdbc.sql("""
                select c.id, c.person_id, c.facility_code, c.lodged_at, c.deadline, a.answered_at
                from oversight_complaint c left join oversight_complaint_answer a on a.complaint_id = c.id
                where c.facility_code = :f""").param("f", facility).query(Positional.of(Facts.Complaint.class)).list();
        List<Facts.Allegation> allegations = jdbc.sql("""
                select id, person_id, facility_code, received_at, referred_at from oversight_allegation
                where facility_code = :f""").param("f", facility).query(Positional.of(Facts.Allegation.class)).list();
        List<Facts.Death> deaths = jdbc.sql("""
                select id, person_id, facility_code, died_at, kin_informed_at, authority_informed_at from oversight_death
                where facility_code = :f""").param("f", facility).query(Positional.of(Facts.Death.class)).list();
        LocalDate last = jdbc.sql("select max(visited_on) from oversight_visit where facility_code = :f")
                .param("f", facility).query(LocalDate.class).optional().orElse(null);
        return new Facts(cellFacts, regime, readings, segregations, restraints, sanctions, admissions, complaints,
                allegations, deaths, List.of(new Facts.FacilityVisits(facility, last)));
    }

}
