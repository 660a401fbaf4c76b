/**
 * Facilities: the list of places of detention (code, name, type, department). Publishes
 * {@link org.custos.facilities.FacilityDirectory} (and implements identity's {@code KnownFacilities}, so a user is
 * never scoped to a facility that does not exist). Resolves the facility code of every route of every module whose
 * path holds {@code /facilities/{code}}: an unknown code is 404 {@code facilities.not-found} before the handler
 * runs ({@code web.KnownFacilityCodes}). Units, cells, capacities and placements are the housing module's.
 * Publishes {@link org.custos.facilities.FacilityRegistered} (for the ledger only, which commits to the facility row);
 * consumes no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "ledger"})
package org.custos.facilities;
