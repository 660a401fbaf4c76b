/**
 * Engine output: dates (full term, projected release, conditional release, provisional-detention
 * limits), each with its derivation lines naming rule, legal basis, days and rule-set version.
 */
package org.custos.releasedates.result;
