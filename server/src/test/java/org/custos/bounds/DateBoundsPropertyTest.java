package org.custos.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.Properties;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every date and instant the API takes, sent a date no field may hold (before 1900, or more than the
 * 150-year horizon ahead), is refused with a 4xx problem naming that field with a {@code bounds.*} code.
 */
@CustosTest
@Tag("database")
class DateBoundsPropertyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;

    /** One date field: who sends it, where, the body with the date in it, and the field the problem must name. */
    record DateField(Api api, String path, Function<String, String> body, String field) {
    }

    @Test
    void noDateFieldAcceptsADateOutsideItsPlausibleRange() {
        List<DateField> fields = fields();
        Properties.forAll(Properties.seed(20261203L), 8, DateBoundsPropertyTest::implausible, date -> {
            for (DateField f : fields) {
                boolean instant = f.field().endsWith("At") || f.field().endsWith("Since");
                String value = instant ? date + "T10:00:00Z" : date.toString();
                Api.Response r = f.api().post(f.path(), f.body().apply(value));
                assertThat(r.status()).as(f.field() + "=" + value + " -> " + r.body()).isBetween(400, 499);
                List<String> codes = new java.util.ArrayList<>();
                r.json().get("errors").forEach(e -> {
                    if (e.get("field").asString().equals(f.field())) codes.add(e.get("code").asString());
                });
                assertThat(codes).as(f.field() + "=" + value + " -> " + r.body())
                        .containsAnyOf("bounds.too-early", "bounds.too-late", "bounds.future");
            }
        });
    }

    /** A day before 1900-01-01, or more than 150 years after today. */
    static LocalDate implausible(Random random) {
        if (random.nextBoolean()) {
            return LocalDate.of(1, 1, 1).plusDays(random.nextInt(693_000));
        }
        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusYears(151);
        return from.plusDays(random.nextInt((int) (LocalDate.of(9999, 12, 31).toEpochDay() - from.toEpochDay())));
    }

    private List<DateField> fields() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        UUID held = fx.admit(facility, LegalStatusKind.CONVICTED);
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        Api sentences = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        String person = "/api/v1/persons/" + held;
        Api.Response s = sentences.post(person + "/sentences", Api.json(sentence("2024-01-01", "2023-06-01")));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        String sentenceId = s.json().get("sentenceId").asString();
        Api.Response credit = Api.as(port, users.with(Role.WORK_MANAGER)).post(person + "/credits",
                "{\"kind\":\"WORK\",\"date\":\"2024-03-04\",\"days\":1,\"status\":\"PENDING\"}");
        String creditId = credit.json().get("creditId").asString();
        assertThat(sentences.post(person + "/credits/" + creditId + "/approval", "{\"document\":\"JVP-1\"}").status())
                .isEqualTo(200);
        String visitor = "{\"kind\":\"FAMILY\",\"givenNames\":\"Marta\",\"firstSurname\":\"Hernández\","
                + "\"documentType\":\"PASSPORT\",\"documentNumber\":\"P" + TestData.unique().toUpperCase()
                + "\",\"documentCountry\":\"SV\"}";
        String admission = "{\"facilityCode\":\"" + facility + "\",\"person\":{\"givenNames\":\"Ana\",\"firstSurname\":\"Ruiz\","
                + "\"sex\":\"FEMALE\",\"dateOfBirth\":\"1990-01-01\",\"nationality\":\"SV\"},";
        return List.of(
                new DateField(clerk, "/api/v1/admissions", d -> admission + "\"admittedAt\":\"" + d + "\"}", "admittedAt"),
                new DateField(clerk, "/api/v1/admissions", d -> admission + "\"arrestedAt\":\"" + d + "\"}", "arrestedAt"),
                new DateField(clerk, "/api/v1/admissions", d -> admission + "\"commitmentOrder\":{\"issuedOn\":\"" + d + "\"}}",
                        "commitmentOrder.issuedOn"),
                new DateField(clerk, person + "/legal-status", d -> "{\"kind\":\"UNTRIED\",\"effectiveAt\":\"" + d + "\"}",
                        "effectiveAt"),
                new DateField(warden, person + "/release", d -> "{\"releasedAt\":\"" + d + "\"}", "releasedAt"),
                new DateField(sentences, person + "/sentences", d -> Api.json(sentence(d, "2023-06-01")), "sentences[1].startDate"),
                new DateField(sentences, person + "/sentences", d -> Api.json(sentence("2024-01-01", d)), "sentences[1].offenceDate"),
                new DateField(sentences, person + "/custody-intervals",
                        d -> "{\"sentenceId\":\"" + sentenceId + "\",\"from\":\"" + d + "\",\"to\":\"2023-12-31\"}", "custody[0].from"),
                new DateField(sentences, person + "/custody-intervals",
                        d -> "{\"sentenceId\":\"" + sentenceId + "\",\"from\":\"2023-06-01\",\"to\":\"" + d + "\"}", "custody[0].to"),
                new DateField(sentences, person + "/credits", d -> "{\"kind\":\"WORK\",\"date\":\"" + d + "\",\"days\":1}",
                        "credits[1].date"),
                new DateField(sentences, person + "/credits/" + creditId + "/revocation",
                        d -> "{\"date\":\"" + d + "\",\"reason\":\"falta\"}", "credits[0].revocation.date"),
                new DateField(sentences, person + "/disallowances", d -> "{\"date\":\"" + d + "\",\"days\":3,\"reason\":\"falta\"}",
                        "disallowances[0].date"),
                new DateField(sentences, person + "/provisional-detention",
                        d -> "{\"detentionStart\":\"" + d + "\",\"classification\":\"LESSER\",\"reason\":\"auto\"}", "detentionStart"),
                new DateField(officer, "/api/v1/gate/entries", d -> "{\"facilityCode\":\"" + facility + "\",\"person\":" + visitor
                        + ",\"purpose\":\"Visita\",\"area\":\"Dirección\",\"authorizedBy\":\"Jorge Molina\",\"enteredAt\":\"" + d + "\"}",
                        "enteredAt"),
                new DateField(officer, "/api/v1/gate/visits", d -> "{\"facilityCode\":\"" + facility + "\",\"person\":" + visitor
                        + ",\"purpose\":\"Visita\",\"area\":\"Dirección\",\"scheduledAt\":\"" + d + "\"}", "scheduledAt"),
                new DateField(officer, "/api/v1/gate/surveillance/outages", d -> "{\"facilityCode\":\"" + facility
                        + "\",\"device\":\"Cámara 1\",\"reason\":\"Corte\",\"offlineSince\":\"" + d + "\"}", "offlineSince"),
                new DateField(warden, "/api/v1/transfers", d -> "{\"personId\":\"" + held + "\",\"toFacility\":\"" + facility
                        + "\",\"reason\":\"R\",\"authorizedBy\":\"Director\",\"familyNotification\":{\"notifiedPerson\":\"Marta\","
                        + "\"means\":\"teléfono\",\"notifiedAt\":\"" + d + "\"}}", "familyNotification.notifiedAt"),
                new DateField(warden, "/api/v1/escorts", d -> "{\"personId\":\"" + held + "\",\"purpose\":\"COURT\","
                        + "\"destination\":\"Juzgado\",\"authorizedBy\":\"Lic. Rivas\",\"escortStaff\":[\"Agente Cruz\"],"
                        + "\"departedAt\":\"" + d + "\"}", "departedAt"));
    }

    private static Map<String, Object> sentence(String start, String offence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jurisdiction", "SV");
        m.put("offenceCode", "HURTO");
        m.put("offenceClassification", "LESSER");
        m.put("years", 5);
        m.put("months", 0);
        m.put("days", 0);
        m.put("startDate", start);
        m.put("offenceDate", offence);
        return m;
    }
}
