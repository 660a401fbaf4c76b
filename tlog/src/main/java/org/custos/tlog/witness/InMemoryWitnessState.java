package org.custos.tlog.witness;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A non-durable {@link WitnessState} for tests and tools. */
public final class InMemoryWitnessState implements WitnessState {
    private final ConcurrentMap<String, TreeHead> heads = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> cosigned = new ConcurrentHashMap<>();

    @Override
    public Optional<TreeHead> latest(String origin) {
        return Optional.ofNullable(heads.get(origin));
    }

    @Override
    public synchronized boolean compareAndSet(String origin, TreeHead expected, TreeHead next) {
        if (!Objects.equals(heads.get(origin), expected)) {
            return false;
        }
        heads.put(origin, next);
        return true;
    }

    @Override
    public synchronized void recordCosigned(String origin, TreeHead head, String cosignedNote) {
        if (head.equals(heads.get(origin))) {
            cosigned.put(origin, cosignedNote);
        }
    }

    @Override
    public Optional<String> cosigned(String origin) {
        return Optional.ofNullable(cosigned.get(origin));
    }
}
