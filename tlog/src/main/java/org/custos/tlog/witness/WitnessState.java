package org.custos.tlog.witness;

import java.util.Optional;

/**
 * Durable per-origin record of the latest cosigned tree head. Implementations must persist before returning
 * from {@link #compareAndSet} and make the compare and the write atomic (tlog-witness rollback race).
 */
public interface WitnessState {
    /** The latest cosigned tree head for {@code origin}, if any. */
    Optional<TreeHead> latest(String origin);

    /**
     * Replaces the record for {@code origin} with {@code next} only if it still equals {@code expected}
     * ({@code null} meaning "no record"); returns whether it did.
     */
    boolean compareAndSet(String origin, TreeHead expected, TreeHead next);

    /**
     * Keeps {@code cosignedNote} (the log's signed checkpoint of {@code head} with this witness's cosignature line
     * appended) as the latest cosigned checkpoint of {@code origin}, unless the recorded head has moved past it.
     */
    default void recordCosigned(String origin, TreeHead head, String cosignedNote) {
    }

    /** The latest cosigned checkpoint of {@code origin} kept by {@link #recordCosigned}, if any. */
    default Optional<String> cosigned(String origin) {
        return Optional.empty();
    }
}
