/**
 * Versioned rule sets: one JSON file per jurisdiction under {@code rulesets/}, each rule a timeline of
 * versions with an effective date, a legal basis and parameters, parsed once and indexed by date.
 */
package org.custos.releasedates.rules;
