package org.custos.registry.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.facilities.FacilityType;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.registry.Admitted;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.PersonDetails;
import org.custos.registry.Sex;
import org.custos.support.TestData;

/** Facilities, persons and documents for the registry's browser tests, all with unique values. */
final class RegistryFixtures {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private RegistryFixtures() {
    }

    /** A new facility with a unique code; returns the code. */
    static String facility(FacilityDirectory facilities, String name) {
        String code = ("T-" + TestData.unique()).toUpperCase(Locale.ROOT);
        code = code.length() > 16 ? code.substring(0, 16) : code;
        facilities.register(new Facility(code, name, FacilityType.PENITENTIARY, "San Salvador"), "test");
        return code;
    }

    /** A DUI never handed out before in this run, with a correct check digit. */
    static String dui() {
        return org.custos.support.RegistryFixtures.dui();
    }

    /** The same number with a wrong check digit. */
    static String duiWithWrongCheckDigit() {
        String good = dui();
        int wrong = (good.charAt(9) - '0' + 1) % 10;
        return good.substring(0, 9) + wrong;
    }


    /** A small PDF file on disk, to upload as a commitment order. */
    static Path pdfFile() throws java.io.IOException {
        Path file = Files.createTempFile("orden-", ".pdf");
        Files.write(file, (new String(PDF, StandardCharsets.US_ASCII) + "%" + TestData.unique() + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        file.toFile().deleteOnExit();
        return file;
    }

    /** Admits a person through the service (for tests whose subject is not the admission form). */
    static Admitted admit(Admissions admissions, OrderDocuments documents, String facility, String givenNames,
                          String firstSurname, String secondSurname, String clerk) {
        byte[] pdf = (new String(PDF, StandardCharsets.US_ASCII) + "%" + TestData.unique())
                .getBytes(StandardCharsets.US_ASCII);
        String sha = documents.store(pdf, "application/pdf", clerk).sha256();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var person = new PersonDetails(givenNames, firstSurname, secondSurname, List.of(), Sex.MALE,
                LocalDate.of(1991, 4, 12), "SV", List.of(new IdentityDocument(DocumentType.DUI, dui(), "SV", null)));
        var order = new CommitmentOrder("Juzgado Especializado de Instrucción", "Juzgado 2.º de Instrucción",
                "CAUSA-" + TestData.unique(), "Art. 329 CPP", now.toLocalDate().minusDays(3), sha);
        return admissions.admit(new AdmissionRequest(null, person, facility, now.minusHours(1), order,
                new AdmissionRequest.InitialLegalStatus(LegalStatusKind.UNTRIED, null, null), now.minusDays(1),
                "San Salvador", "ninguna", "ninguna", List.of(new AdmissionRequest.PropertyItem("reloj", 1)),
                List.of(), new AdmissionRequest.EmergencyContact("María Pérez", "madre", "+503 7000-0000")), clerk);
    }
}
