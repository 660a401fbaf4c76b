package org.custos.identity;

/**
 * {@code @PreAuthorize} expressions, one per kind of action, so that who may do what is written once.
 * Every handler method carries one of these (proved by {@code EndpointSecurityTest}).
 */
public final class Access {

    /** Any signed-in user whatever their role. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** Read persons in the registry (liaisons and facility-scoped staff are filtered further). */
    public static final String READ_REGISTRY = "hasAnyRole('ADMINISTRATOR','RECORDS_CLERK','WARDEN','CUSTODY_OFFICER',"
            + "'WORK_MANAGER','SENTENCE_ADMINISTRATOR','AGREEMENT_ADMINISTRATOR','MONITOR','LIAISON')";
    /** Admit persons and correct their records. */
    public static final String ADMIT = "hasRole('RECORDS_CLERK')";
    /** Record a change of legal status. */
    public static final String CHANGE_LEGAL_STATUS = "hasAnyRole('RECORDS_CLERK','SENTENCE_ADMINISTRATOR')";
    /** Release a person. */
    public static final String RELEASE = "hasAnyRole('RECORDS_CLERK','WARDEN')";
    /** See who read a person's file. */
    public static final String READ_ACCESS_LOG = "hasAnyRole('ADMINISTRATOR','WARDEN','MONITOR')";
    /** Manage users. */
    public static final String MANAGE_USERS = "hasRole('ADMINISTRATOR')";
    /** See the facility list. */
    public static final String READ_FACILITIES = READ_REGISTRY;

    private Access() {
    }
}
