package org.custos.registry;

import java.time.LocalDate;

/**
 * The document that makes a detention lawful (Mandela Rule 7(b)). No admission without one.
 * {@code documentSha256} is the hex SHA-256 of the uploaded order.
 */
public record CommitmentOrder(String issuingAuthority, String court, String caseNumber, String legalBasis,
                              LocalDate issuedOn, String documentSha256) {
}
