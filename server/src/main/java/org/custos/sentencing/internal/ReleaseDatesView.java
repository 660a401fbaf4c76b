package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored computation: the engine's result as JSON (dates with their derivation) and its versions. */
public record ReleaseDatesView(UUID personId, String engineVersion, String ruleSetVersion, OffsetDateTime computedAt,
                               LocalDate release, String result) {
}
