package org.custos.agreements.internal;

import org.custos.agreements.rules.AgreementTerms;

/** The agreements API's request bodies. */
public final class Requests {

    private Requests() {
    }

    /** A new agreement: its code (unique, e.g. {@code US-SV-2025}) and its first terms. */
    public record NewAgreement(String code, AgreementTerms terms) {
    }

    /** An amendment: every term as it now stands, and why it changed. */
    public record Amendment(String reason, AgreementTerms terms) {
    }
}
