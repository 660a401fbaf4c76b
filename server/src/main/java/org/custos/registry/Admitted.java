package org.custos.registry;

import java.util.UUID;

/** The outcome of an admission: the person, the admission, and the person's booking number. */
public record Admitted(UUID personId, UUID admissionId, String bookingNumber) {
}
