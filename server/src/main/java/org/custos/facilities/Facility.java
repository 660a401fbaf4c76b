package org.custos.facilities;

/** A place of detention. */
public record Facility(String code, String name, FacilityType type, String department) {
}
