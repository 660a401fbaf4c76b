package org.custos.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the admission form posts, as typed (every value a string, so nothing typed is ever lost). The
 * field names are the paths of {@link org.custos.registry.AdmissionRequest}, so a problem the registry
 * names ({@code person.documents[0].number}) is shown beside the control of that name. Repeated parts
 * are a fixed number of optional rows, so the form works without JavaScript. Bound by field access.
 */
public class AdmissionForm {

    static final int DOCUMENT_ROWS = 3;
    static final int PROPERTY_ROWS = 4;
    static final int FAMILY_ROWS = 3;
    /** Every list of the form and its rows: a request naming a row beyond them is refused (FormLists). */
    static final java.util.Map<String, Integer> LISTS = java.util.Map.of("person.documents", DOCUMENT_ROWS,
            "property", PROPERTY_ROWS, "family", FAMILY_ROWS);

    /** Set when re-admitting a released person (from the person's record): the identity sections are not shown. */
    public String existingPersonId;
    public Person person = new Person();
    public String facilityCode;
    public String admittedDate;
    public String admittedTime;
    public Order commitmentOrder = new Order();
    public Status legalStatus = new Status();
    public String arrestedDate;
    public String arrestedTime;
    public String arrestPlace;
    public String visibleInjuries;
    public String illTreatmentComplaints;
    public List<Item> property = rows(PROPERTY_ROWS, Item::new);
    public List<Relative> family = rows(FAMILY_ROWS, Relative::new);
    public Contact emergencyContact = new Contact();

    public static class Person {
        public String givenNames;
        public String firstSurname;
        public String secondSurname;
        /** One alias per line. */
        public String aliases;
        public String sex;
        public String dateOfBirth;
        public String nationality;
        public List<Document> documents = rows(DOCUMENT_ROWS, Document::new);
    }

    public static class Document {
        public String type;
        public String number;
        public String issuingCountry;
        public String description;
    }

    public static class Order {
        public String issuingAuthority;
        public String court;
        public String caseNumber;
        public String legalBasis;
        public String issuedOn;
        /** Hex SHA-256 of the order document, computed by the server when it was uploaded. */
        public String documentSha256;
        /** The uploaded file's name, to show which document the hash belongs to. */
        public String documentName;
    }

    public static class Status {
        public String kind;
        public String decreeNumber;
        public String heldForState;
    }

    public static class Item {
        public String description;
        public String quantity;
    }

    public static class Relative {
        public String name;
        public String relationship;
        public String age;
        public String carer;
    }

    public static class Contact {
        public String name;
        public String relationship;
        public String phone;
    }

    static <T> List<T> rows(int n, Supplier<T> row) {
        List<T> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(row.get());
        }
        return rows;
    }
}
