/**
 * Facilities: the list of places of detention (code, name, type, department). Publishes
 * {@link org.custos.facilities.FacilityDirectory}. Units, cells, capacities and placements come later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.custos.facilities;
