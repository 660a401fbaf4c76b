package org.custos.registry;

import java.time.OffsetDateTime;

/**
 * The span of a person's custody as the registry records it: {@code since} is the earliest arrest or admission
 * of any of the person's admissions; {@code releasedAt} is the last release when the person is not held now
 * (null while held).
 */
public record CustodySpan(OffsetDateTime since, OffsetDateTime releasedAt) {
}
