/**
 * Oversight: what monitors need to measure treatment and conditions against the Mandela Rules — daily regime,
 * conditions readings, segregation and restraints, discipline, complaints, allegations (referred at once to an
 * external body), medical examinations on admission, deaths in custody, monitors' visits — and the compliance
 * engine ({@code internal.compliance}, Spring-free) that measures them; a state of exception is context and never
 * suspends a rule. See docs/oversight.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "facilities", "registry",
        "housing", "movements", "ledger"})
package org.custos.oversight;
