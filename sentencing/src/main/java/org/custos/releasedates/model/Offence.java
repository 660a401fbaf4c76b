package org.custos.releasedates.model;

/**
 * @param code           stable offence code used by exclusion lists (e.g. HOMICIDIO_AGRAVADO)
 * @param classification SERIOUS or LESSER (El Salvador CPP art. 8 limits), free otherwise
 */
public record Offence(String code, String classification, String description) {

    public boolean serious() {
        return "SERIOUS".equals(classification);
    }
}
