package org.custos.registry;

/** An identity document. {@code issuingCountry} is ISO 3166-1 alpha-2 (SV for a DUI). */
public record IdentityDocument(DocumentType type, String number, String issuingCountry, String description) {
}
