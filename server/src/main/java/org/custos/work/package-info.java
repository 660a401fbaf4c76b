/**
 * Work: the Zero Leisure (Plan Cero Ocio) work and study programme — programmes with their sessions, pay and
 * redención rule; eligibility as named, versioned policy rules ({@code internal.Eligibility}); allocations and
 * their status history; daily attendance with corrections (an edit window, then a second person); days of
 * labor efectiva derived from attendance ({@code internal.CreditDerivation}) and certified by the supervising
 * judge, recorded through sentencing's {@link org.custos.sentencing.WorkCredits} in the same transaction.
 *
 * <p>Publishes the events {@link org.custos.work.ProgrammeCreated}, {@link org.custos.work.WorkProfileRecorded},
 * {@link org.custos.work.PersonAllocated}, {@link org.custos.work.AllocationStatusChanged},
 * {@link org.custos.work.AttendanceRecorded} (a roster's as one batch), {@link org.custos.work.AttendanceCorrected},
 * {@link org.custos.work.WorkCreditsDerived}, {@link org.custos.work.WorkCreditsOffered},
 * {@link org.custos.work.WorkCreditsCertified} and {@link org.custos.work.WorkCreditsReversed}, and for bulk work
 * {@link org.custos.work.WorkProfilesRecorded}, {@link org.custos.work.PersonsAllocated},
 * {@link org.custos.work.RosterRecorded} (the demo's seed) and {@link org.custos.work.WorkPersonRecorded}. Listens to the
 * registry's {@code PersonAdmitted}, {@code LegalStatusChanged}, {@code PersonReleased} and movements'
 * {@code PersonTransferred}. Refusals: {@code work.validation} and {@code work.ineligible} (422, fields named),
 * {@code work.not-found} (404), {@code work.already-allocated}, {@code work.allocation-state},
 * {@code work.attendance-exists} (409).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "facilities", "registry", "movements",
        "sentencing", "ledger"})
package org.custos.work;
