package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One read of a person's file: who read it, when, and the purpose they gave. */
public record AccessLogEntry(UUID id, UUID personId, String reader, OffsetDateTime readAt, String purpose) {
}
