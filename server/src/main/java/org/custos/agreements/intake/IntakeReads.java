package org.custos.agreements.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.agreements.internal.AgreementReads;
import org.custos.agreements.internal.AgreementService;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agreement's intake history and each manifest's decisions, scoped as the agreement (a liaison reads only its
 * own state's; anything else is 404 {@code agreements.not-found}).
 */
@Component
public class IntakeReads {

    /** A manifest as recorded. */
    public record ManifestSummary(UUID id, String flight, String facilityCode, OffsetDateTime arrivedAt, String source,
                                  int persons, int accepted, int refused, int places, int heldBefore,
                                  String submittedBy, OffsetDateTime submittedAt) {
    }

    /** One person's decision as recorded. */
    public record Decision(int rowNumber, String givenNames, String firstSurname, String secondSurname,
                           String nationality, String status, String caseNumber, boolean accepted, String rule,
                           String reason, String detail, UUID personId, LocalDate returnDate, LocalDate heldUntil,
                           String decidedBy, OffsetDateTime decidedAt) {
        public String name() {
            return givenNames + " " + firstSurname + (secondSurname == null ? "" : " " + secondSurname);
        }
    }

    /** The quota now: places of the current version, persons held under the agreement, places left. */
    public record Quota(int places, int held, int left) {
    }

    public record History(AgreementService.Agreement agreement, Quota quota, List<ManifestSummary> manifests) {
    }

    public record ManifestDetail(AgreementService.Agreement agreement, ManifestSummary manifest, List<Decision> decisions) {
    }

    private static final String MANIFEST = """
            select id, flight, facility_code, arrived_at, source, persons, accepted, refused, places, held_before,
              submitted_by, submitted_at from intake_manifest""";

    private final JdbcClient jdbc;
    private final AgreementReads agreements;
    private final IntakeStore store;

    IntakeReads(JdbcClient jdbc, AgreementReads agreements, IntakeStore store) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public History history(UUID agreement, CurrentUser caller) {
        AgreementService.Agreement a = agreements.get(agreement, caller);
        int places = a.current().places();
        int held = store.heldNow(agreement);
        List<ManifestSummary> manifests = jdbc.sql(MANIFEST + " where agreement_id = :a order by submitted_at desc")
                .param("a", agreement).query(ManifestSummary.class).list();
        return new History(a, new Quota(places, held, Math.max(0, places - held)), manifests);
    }

    @Transactional(readOnly = true)
    public ManifestDetail manifest(UUID agreement, UUID manifest, CurrentUser caller) {
        AgreementService.Agreement a = agreements.get(agreement, caller);
        ManifestSummary m = jdbc.sql(MANIFEST + " where id = :m and agreement_id = :a").param("m", manifest)
                .param("a", agreement).query(ManifestSummary.class).optional()
                .orElseThrow(() -> org.custos.shared.web.ProblemException.notFound("agreements.not-found"));
        List<Decision> decisions = jdbc.sql("""
                select row_number, given_names, first_surname, second_surname, nationality, status, case_number,
                  decision = 'ACCEPTED' as accepted,
                  rule, reason, detail, person_id, return_date, held_until, decided_by, decided_at
                from intake_decision where manifest_id = :m order by row_number""")
                .param("m", manifest).query(Decision.class).list();
        return new ManifestDetail(a, m, decisions);
    }
}
