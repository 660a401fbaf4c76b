/**
 * Custos release-date engine (Spring-free): computes full term, projected release, conditional-release
 * eligibility and provisional-detention limits from versioned rule sets, explaining every day added
 * or removed. Entry point: {@link org.custos.releasedates.ReleaseDateEngine}.
 */
package org.custos.releasedates;
