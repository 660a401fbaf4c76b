package org.custos.identity;

/** The roles of Custos. A user may hold several. */
public enum Role {
    ADMINISTRATOR,
    RECORDS_CLERK,
    WARDEN,
    CUSTODY_OFFICER,
    WORK_MANAGER,
    SENTENCE_ADMINISTRATOR,
    AGREEMENT_ADMINISTRATOR,
    /** Independent monitor: read-only, everywhere. */
    MONITOR,
    /** Liaison of another state: read-only, only persons held for that state or of its nationality. */
    LIAISON;

    public String authority() {
        return "ROLE_" + name();
    }
}
