package org.custos.housing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.facilities.FacilityType;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.PersonDetails;
import org.custos.registry.Sex;
import org.custos.support.Api;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** Facilities, units, cells and admitted persons for housing tests, all with unique values. */
public final class HousingFixtures {

    private final FacilityDirectory facilities;
    private final Admissions admissions;
    private final OrderDocuments documents;
    private final java.util.Map<UUID, String> bookings = new java.util.concurrent.ConcurrentHashMap<>();

    public HousingFixtures(FacilityDirectory facilities, Admissions admissions, OrderDocuments documents) {
        this.facilities = facilities;
        this.admissions = admissions;
        this.documents = documents;
    }

    public String facility() {
        String code = ("H-" + TestData.unique()).toUpperCase(Locale.ROOT);
        code = code.length() > 16 ? code.substring(0, 16) : code;
        facilities.register(new Facility(code, "Centro " + code, FacilityType.PENITENTIARY, "San Salvador"), "test");
        return code;
    }

    public UUID admit(String facility, Sex sex, LegalStatusKind status, LocalDate born) {
        byte[] pdf = ("%PDF-1.4\n%" + TestData.unique() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String sha = documents.store(pdf, "application/pdf", "test").sha256();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var person = new PersonDetails(sex == Sex.FEMALE ? "Ana María" : "José Luis", "Pérez", "Núñez", List.of(), sex,
                born, "SV", List.of(new IdentityDocument(DocumentType.DUI, RegistryFixtures.dui(), "SV", null)));
        var order = new CommitmentOrder("Órgano Judicial", "Juzgado 2.º de Instrucción", "CAUSA-" + TestData.unique(),
                "Art. 329 CPP", now.toLocalDate().minusDays(3), sha);
        String heldFor = status == LegalStatusKind.HELD_FOR_ANOTHER_STATE ? "US" : null;
        String decree = status == LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION ? "D.L. 333" : null;
        var admitted = admissions.admit(new AdmissionRequest(null, person, facility, now.minusHours(1), order,
                new AdmissionRequest.InitialLegalStatus(status, decree, heldFor), now.minusDays(1), "San Salvador",
                "ninguna", "ninguna", List.of(new AdmissionRequest.PropertyItem("reloj", 1)), List.of(),
                new AdmissionRequest.EmergencyContact("María Pérez", "madre", "+503 7000-0000")), "test");
        bookings.put(admitted.personId(), admitted.bookingNumber());
        return admitted.personId();
    }

    public String booking(UUID person) {
        return bookings.get(person);
    }

    public UUID admit(String facility, LegalStatusKind status) {
        return admit(facility, Sex.MALE, status, LocalDate.of(1990, 5, 1));
    }

    public static UUID unit(Api admin, String facility) {
        Api.Response r = admin.post("/api/v1/facilities/" + facility + "/units",
                "{\"code\":\"U1\",\"name\":\"Sector 1\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asString());
    }

    public static UUID cell(Api admin, UUID unit, String code, double area, int bunks) {
        Api.Response r = admin.post("/api/v1/units/" + unit + "/cells", String.format(Locale.ROOT,
                "{\"code\":\"%s\",\"floorArea\":%s,\"bunks\":%d,\"toilets\":1,\"showers\":1,\"inService\":true,"
                        + "\"declaredCapacity\":%d}", code, area, bunks, bunks));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asString());
    }

    public static Api.Response place(Api officer, UUID person, UUID cell, String extra) {
        return officer.post("/api/v1/placements", "{\"personId\":\"" + person + "\",\"cellId\":\"" + cell + "\""
                + (extra == null ? "" : "," + extra) + "}");
    }
}
