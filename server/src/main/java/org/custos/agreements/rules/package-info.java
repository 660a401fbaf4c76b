/**
 * The agreements module's Spring-free rules: an agreement's terms ({@link org.custos.agreements.rules.AgreementTerms}),
 * eligibility ({@link org.custos.agreements.rules.Eligibility}) and fees. Pure functions of their inputs, pinned by
 * golden and known-answer tests.
 */
package org.custos.agreements.rules;
