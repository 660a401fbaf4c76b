package org.custos.gate;

import java.time.Duration;
import java.util.UUID;
import org.custos.support.Api;
import org.custos.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** Gate request bodies with unique documents, and waiting for a receipt. */
final class GateFixtures {

    private GateFixtures() {
    }

    static String doc() {
        return "P" + TestData.unique().toUpperCase();
    }

    static String person(String kind, String given, String surname, String doc, String org) {
        return "{\"kind\":\"" + kind + "\",\"givenNames\":\"" + given + "\",\"firstSurname\":\"" + surname
                + "\",\"documentType\":\"PASSPORT\",\"documentNumber\":\"" + doc + "\",\"documentCountry\":\"SV\""
                + (org == null ? "" : ",\"organisation\":\"" + org + "\"") + "}";
    }

    static String entry(String facility, String person, String visitedBooking, String area) {
        return "{\"facilityCode\":\"" + facility + "\",\"person\":" + person + ",\"purpose\":\"Inspección\","
                + (visitedBooking == null ? "" : "\"visitedBooking\":\"" + visitedBooking + "\",")
                + (area == null ? "" : "\"area\":\"" + area + "\",")
                + "\"authorizedBy\":\"Marta Elena Campos\"}";
    }

    static UUID enter(Api api, String body) {
        Api.Response r = api.post("/api/v1/gate/entries", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asString());
    }

    /** Polls the receipt until the entry is sequenced and checkpointed (a few seconds at most). */
    static Api.Response receipt(Api api, UUID entry) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Api.Response r = api.get("/api/v1/gate/entries/" + entry + "/receipt");
        while (r.status() == 409 && System.nanoTime() < until) {
            Thread.sleep(200);
            r = api.get("/api/v1/gate/entries/" + entry + "/receipt");
        }
        return r;
    }
}
