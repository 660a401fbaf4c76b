package org.custos.bench.crash;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request bodies of the crash harness's mixed load, and how an acknowledged write is told from its answer.
 * Every person is admitted by the harness itself (so its placement, sentence and credit never collide with the demo's
 * records): untried, at CECOT, two days ago.
 */
final class MixedWrites {

    static final String FACILITY = "CECOT";
    private static final Pattern PERSON = Pattern.compile("\"personId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern SENTENCE = Pattern.compile("\"sentenceId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CREDIT = Pattern.compile("\"creditId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private MixedWrites() {
    }

    static String placement(String person, String cell) {
        return "{\"personId\":\"" + person + "\",\"cellId\":\"" + cell + "\",\"reason\":\"crash-bench\"}";
    }

    static String gateEntry(String documentNumber) {
        return "{\"facilityCode\":\"" + FACILITY + "\",\"person\":{\"kind\":\"OFFICIAL\",\"givenNames\":\"Julio César\","
                + "\"firstSurname\":\"Alvarenga\",\"documentType\":\"PASSPORT\",\"documentNumber\":\"" + documentNumber
                + "\",\"documentCountry\":\"SV\",\"organisation\":\"Fiscalía General\"},\"purpose\":\"Diligencia\","
                + "\"area\":\"Dirección\",\"authorizedBy\":\"Marta Elena Campos\"}";
    }

    /** Five years for theft, from the day of the admission (two days ago), the offence a month before. */
    static String sentence() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return "{\"jurisdiction\":\"SV\",\"offenceCode\":\"HURTO\",\"offenceClassification\":\"LESSER\",\"years\":5,"
                + "\"months\":0,\"days\":0,\"startDate\":\"" + today.minusDays(2) + "\",\"offenceDate\":\""
                + today.minusDays(30) + "\"}";
    }

    /** One day of work, yesterday (one credit per person, date and kind). */
    static String credit() {
        return "{\"kind\":\"WORK\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1)
                + "\",\"days\":1,\"status\":\"PENDING\"}";
    }

    static String unit() {
        return "{\"code\":\"CR" + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toEpochSecond()
                + "\",\"name\":\"Sector de la prueba de caídas\"}";
    }

    static String cell(int i) {
        return "{\"code\":\"C" + i + "\",\"floorArea\":600,\"bunks\":150,\"toilets\":10,\"showers\":10,"
                + "\"inService\":true,\"declaredCapacity\":150}";
    }

    static String person(String body) {
        return group(PERSON, body);
    }

    static String id(String body) {
        return group(ID, body);
    }

    static String sentenceId(String body) {
        return group(SENTENCE, body);
    }

    static String creditId(String body) {
        return group(CREDIT, body);
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? m.group(1) : null;
    }
}
