/**
 * The calculators: consecutive chains as one aggregate term, custody credit, redención accrual
 * (El Salvador, Colombia, Peru), conditional-release fractions, US federal GCT, First Step Act time
 * credits and release-day rules, provisional-detention limits.
 */
package org.custos.releasedates.calc;
