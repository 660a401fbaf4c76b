package org.custos.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records in every housing and sentencing table, written through the API as users would (for the record audit's
 * tamper test): units, cells and a capacity change, classifications, placements with a separation override and a
 * capacity violation, a move, headcounts, an escort out and back, a transfer; sentences with a correction, custody
 * intervals, credits with an approval, a disallowance, flags and provisional-detention details.
 */
final class HousingAndSentencingRecords {

    private final int port;
    private final TestUsers users;
    private final HousingFixtures fx;
    private final Admissions admissions;

    HousingAndSentencingRecords(int port, TestUsers users, HousingFixtures fx, Admissions admissions) {
        this.port = port;
        this.users = users;
        this.fx = fx;
        this.admissions = admissions;
    }

    /** Housing records in {@code facility} for {@code named} and {@code other} (untried, not yet placed) and two more. */
    void housing(String facility, UUID named, UUID other) {
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api warden = Api.as(port, users.with(Role.WARDEN));
        UUID unit = HousingFixtures.unit(admin, facility);
        ok(admin.post("/api/v1/facilities/" + facility + "/units", "{\"code\":\"U2\",\"name\":\"Sector 2\"}"), 201);
        UUID wide = HousingFixtures.cell(admin, unit, "C1", 40, 10);
        UUID narrow = HousingFixtures.cell(admin, unit, "C2", 8, 1);
        ok(admin.send("PUT", "/api/v1/cells/" + wide + "/capacity", "application/json", ("{\"floorArea\":40,"
                + "\"bunks\":12,\"toilets\":1,\"showers\":1,\"inService\":true,\"declaredCapacity\":12,"
                + "\"reason\":\"Literas nuevas\"}").getBytes()), 200);
        classify(warden, named, "MS-13");
        classify(warden, other, "BARRIO-18-SURENOS");
        ok(HousingFixtures.place(warden, named, wide, null), 201);
        ok(HousingFixtures.place(warden, other, wide, "\"overrideReason\":\"Celda de aislamiento en reparación\""), 201);
        UUID third = fx.admit(facility, LegalStatusKind.UNTRIED);
        UUID fourth = fx.admit(facility, LegalStatusKind.UNTRIED);
        ok(HousingFixtures.place(warden, third, narrow, null), 201);
        ok(HousingFixtures.place(warden, fourth, narrow, "\"capacityReason\":\"Sobrepoblación temporal\""), 201);
        ok(HousingFixtures.place(warden, fourth, wide, null), 201); // a move: the placement in C2 ends
        ok(warden.post("/api/v1/headcounts", "{\"unitId\":\"" + unit + "\",\"counted\":4}"), 201);
        ok(warden.post("/api/v1/headcounts", "{\"unitId\":\"" + unit + "\",\"counted\":3,\"note\":\"uno en audiencia\"}"), 201);
        Api.Response escort = ok(warden.post("/api/v1/escorts", "{\"personId\":\"" + third + "\",\"purpose\":\"COURT\","
                + "\"destination\":\"Juzgado de Paz\",\"authorizedBy\":\"Lic. Rivas\",\"escortStaff\":[\"Agente Cruz\"]}"), 201);
        ok(warden.post("/api/v1/escorts/" + escort.json().get("id").asString() + "/return", "{}"), 200);
        String to = fx.facility();
        String notified = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString();
        Api.Response transfer = ok(warden.post("/api/v1/transfers", "{\"personId\":\"" + third + "\",\"toFacility\":\""
                + to + "\",\"reason\":\"Descongestión\",\"authorizedBy\":\"Director General\",\"familyNotification\":"
                + "{\"notifiedPerson\":\"Marta López (madre)\",\"means\":\"teléfono\",\"notifiedAt\":\"" + notified
                + "\"}}"), 201);
        String id = transfer.json().get("id").asString();
        ok(warden.post("/api/v1/transfers/" + id + "/departure", "{}"), 200);
        ok(warden.post("/api/v1/transfers/" + id + "/arrival", "{}"), 200);
    }

    /** Sentencing records of a convicted person arrested three days ago, and provisional detention of {@code untried}. */
    void sentencing(String facility, UUID untried) {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        AdmissionRequest a = RegistryFixtures.admission(facility,
                RegistryFixtures.person("Juan Carlos", "Martínez", "Núñez", "SV"),
                new AdmissionRequest.InitialLegalStatus(LegalStatusKind.CONVICTED, null, null));
        String base = "/api/v1/persons/" + admissions.admit(a, "test").personId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String sentence = ok(admin.post(base + "/sentences", sentence(5)), 201).json().get("sentenceId").asString();
        ok(admin.post(base + "/sentences", sentence(2)), 201);
        ok(admin.post(base + "/sentences/" + sentence + "/corrections", sentence(4).replace("}",
                ",\"reason\":\"Error de digitación\"}")), 200);
        for (int daysAgo = 3; daysAgo >= 2; daysAgo--) {
            String day = today.minusDays(daysAgo).toString();
            ok(admin.post(base + "/custody-intervals", "{\"sentenceId\":\"" + sentence + "\",\"from\":\"" + day
                    + "\",\"to\":\"" + day + "\"}"), 201);
        }
        String credit = ok(admin.post(base + "/credits", credit(sentence, today.minusDays(2))), 201)
                .json().get("creditId").asString();
        ok(admin.post(base + "/credits", credit(sentence, today.minusDays(1))), 201);
        ok(admin.post(base + "/credits/" + credit + "/approval", "{\"document\":\"JVP-2026-17\"}"), 200);
        ok(admin.post(base + "/disallowances", "{\"sentenceId\":\"" + sentence + "\",\"date\":\""
                + today.minusDays(1) + "\",\"days\":1,"
                + "\"reason\":\"Falta grave\",\"document\":\"RES-7\"}"), 201);
        ok(admin.post(base + "/sentencing-flags", "{\"flags\":[\"RECIDIVIST\"],\"reason\":\"Antecedentes firmes\"}"), 204);
        ok(admin.post("/api/v1/persons/" + untried + "/provisional-detention", "{\"detentionStart\":\""
                + today.minusDays(3) + "\",\"classification\":\"SERIOUS\",\"reason\":\"auto de detención\"}"), 204);
    }

    private static String credit(String sentence, LocalDate day) {
        return "{\"kind\":\"WORK\",\"sentenceId\":\"" + sentence + "\",\"date\":\"" + day
                + "\",\"days\":1,\"status\":\"PENDING\"}";
    }

    private static String sentence(int years) {
        return "{\"jurisdiction\":\"SV\",\"offenceCode\":\"HURTO\",\"offenceClassification\":\"LESSER\",\"years\":"
                + years + ",\"months\":0,\"days\":0,\"startDate\":\"2024-01-01\",\"offenceDate\":\"2023-06-01\"}";
    }

    private static void classify(Api api, UUID person, String group) {
        ok(api.send("PUT", "/api/v1/housing/persons/" + person + "/classification", "application/json",
                ("{\"group\":\"" + group + "\",\"reason\":\"declaración\"}").getBytes()), 200);
    }

    private static Api.Response ok(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }
}
