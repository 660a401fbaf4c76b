/**
 * Immutable input model of the release-date engine: sentences, custody intervals, credits (redención,
 * programming), disallowances, forfeitures, risk assessments, pretrial detentions and person flags.
 */
package org.custos.releasedates.model;
