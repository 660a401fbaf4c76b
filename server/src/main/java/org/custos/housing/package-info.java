/**
 * Housing: the units and cells of each facility (floor area, bunks, toilets, showers, in service),
 * their declared, standards and working capacity with a versioned history of every change, the
 * placement of each admitted person in a cell and its history, separation rules (Mandela Rule 11)
 * checked at placement with recorded overrides, placements beyond capacity recorded as violations,
 * and headcounts compared with placements and persons out on movement.
 *
 * <p>Publishes {@link org.custos.housing.Whereabouts} (where a person is; used by movements to take a
 * person out, bring them back and transfer them) and the events {@link org.custos.housing.UnitCreated},
 * {@link org.custos.housing.CellCreated}, {@link org.custos.housing.CellCapacityChanged},
 * {@link org.custos.housing.PersonPlaced},
 * {@link org.custos.housing.PersonMoved}, {@link org.custos.housing.PersonClassified} and
 * {@link org.custos.housing.HeadcountRecorded} (ledger only), published
 * inside the writing transaction. Keeps its own projection of the registry's events ({@code PersonAdmitted}, {@code LegalStatusChanged},
 * {@code PersonReleased}, {@code RecordCorrected}, and bulk admissions' {@code CustodyEventBatch}), and follows
 * {@link org.custos.shared.events.FacilityChange} (a transfer's arrival). A person out (escort, transfer) is
 * not placed: {@code housing.person.out} (409).
 *
 * <p>A module of its own rather than part of {@code facilities}: the registry depends on
 * {@code facilities} (the facility list), and housing depends on the registry's events and search,
 * so the two in one module would make a cycle.
 *
 * <p>Refusals: {@code housing.validation} (422, fields named), {@code housing.not-found} (404),
 * {@code housing.separation} and {@code housing.over-capacity} (409, field {@code cellId} or
 * {@code capacityReason}), {@code housing.already-there} (409).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "facilities", "registry", "ledger"})
package org.custos.housing;
