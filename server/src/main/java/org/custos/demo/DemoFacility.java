package org.custos.demo;

import org.custos.facilities.FacilityType;

/** A demo facility and the share of the national population it holds. */
record DemoFacility(String code, String name, FacilityType type, String department, int population,
                    boolean women, boolean maximumSecurity) {
}
