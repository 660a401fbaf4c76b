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

    /** Read the transparency log: checkpoints, tiles, proofs, receipts (entries carry no personal data). */
    public static final String READ_LEDGER = "hasAnyRole('ADMINISTRATOR','RECORDS_CLERK','WARDEN','CUSTODY_OFFICER',"
            + "'WORK_MANAGER','SENTENCE_ADMINISTRATOR','AGREEMENT_ADMINISTRATOR','MONITOR','LIAISON')";
    /**
     * Read the static tile API under {@code /ledger/}: any role, or anyone when
     * {@code custos.ledger.public-read=true}.
     */
    public static final String READ_LEDGER_TILES = READ_LEDGER + " or @publicLedgerRead.enabled()";
    /** Open an entry's commitment: see the salt and the record content it commits to. */
    public static final String OPEN_LEDGER_COMMITMENT = "hasAnyRole('ADMINISTRATOR','WARDEN','MONITOR')";
    /** Run the ledger self-check and read its results. */
    public static final String AUDIT_LEDGER = "hasAnyRole('ADMINISTRATOR','MONITOR')";

    /** See cells, capacities, occupancy and placements (liaisons see nothing here). */
    public static final String READ_CAPACITY = "hasAnyRole('ADMINISTRATOR','RECORDS_CLERK','WARDEN','CUSTODY_OFFICER',"
            + "'WORK_MANAGER','SENTENCE_ADMINISTRATOR','AGREEMENT_ADMINISTRATOR','MONITOR')";
    /** Create units and cells and change their capacity figures. */
    public static final String MANAGE_CAPACITY = "hasAnyRole('ADMINISTRATOR','WARDEN')";
    /** Place a person in a cell or move between cells; set a person's classification. */
    public static final String PLACE = "hasAnyRole('WARDEN','CUSTODY_OFFICER')";
    /** Override a configurable separation rule (with a written reason). */
    public static final String OVERRIDE_SEPARATION = "hasRole('WARDEN')";
    /** Record a headcount. */
    public static final String HEADCOUNT = "hasAnyRole('WARDEN','CUSTODY_OFFICER')";
    /** Authorize a transfer between facilities or an escort out. */
    public static final String AUTHORIZE_MOVEMENT = "hasRole('WARDEN')";
    /** Record a departure, an arrival or a return. */
    public static final String MOVE = "hasAnyRole('WARDEN','CUSTODY_OFFICER')";

    /** Read a person's sentences, credits and release dates (a liaison only for its own persons: the registry's scope). */
    public static final String READ_SENTENCES = "hasAnyRole('SENTENCE_ADMINISTRATOR','WARDEN','RECORDS_CLERK','MONITOR',"
            + "'LIAISON','WORK_MANAGER')";
    /** Record and correct sentences, custody intervals, flags, disallowances, provisional-detention details. */
    public static final String RECORD_SENTENCE = "hasRole('SENTENCE_ADMINISTRATOR')";
    /** Record work or study credits (a work manager only pending ones). */
    public static final String RECORD_CREDIT = "hasAnyRole('SENTENCE_ADMINISTRATOR','WORK_MANAGER')";
    /** Record the supervising judge's approval or revocation of a credit; import approved credits. */
    public static final String APPROVE_CREDIT = "hasRole('SENTENCE_ADMINISTRATOR')";
    /** Start a recomputation of the whole population. */
    public static final String RECOMPUTE_SENTENCES = "hasAnyRole('SENTENCE_ADMINISTRATOR','ADMINISTRATOR')";
    /** Read the progress and change report of a recomputation. */
    public static final String READ_RECOMPUTE = "hasAnyRole('SENTENCE_ADMINISTRATOR','ADMINISTRATOR','MONITOR')";
    /** See release and provisional-detention alerts (facility-scoped users: their facilities). */
    public static final String READ_SENTENCE_ALERTS = "hasAnyRole('SENTENCE_ADMINISTRATOR','WARDEN','RECORDS_CLERK','MONITOR')";

    /** Record gate entries, exits, corrections, visit bookings and outcomes (facility-scoped). */
    public static final String RECORD_GATE = "hasAnyRole('WARDEN','CUSTODY_OFFICER')";
    /** Approve a scheduled visit. */
    public static final String APPROVE_VISIT = "hasRole('WARDEN')";
    /** Read the gate log, visits, receipts and surveillance status (facility-scoped staff: their facilities). */
    public static final String READ_GATE = "hasAnyRole('WARDEN','CUSTODY_OFFICER','MONITOR','ADMINISTRATOR')";
    /** Record that cameras or recorders went offline or came back (facility-scoped). */
    public static final String RECORD_SURVEILLANCE = "hasAnyRole('WARDEN','CUSTODY_OFFICER')";

    /** See the back-offs imposed on sign-ins and password checks (possible attacks). */
    public static final String READ_SIGN_IN_LOCKOUTS = "hasRole('ADMINISTRATOR')";
    /** Read work and study programmes, allocations, attendance and credits (facility-scoped staff: their facilities). */
    public static final String READ_WORK = "hasAnyRole('WORK_MANAGER','SENTENCE_ADMINISTRATOR','WARDEN','MONITOR')";
    /** Create programmes, record eligibility facts, allocate persons and change allocation status. */
    public static final String MANAGE_WORK = "hasAnyRole('WORK_MANAGER','WARDEN')";
    /** Record and correct attendance. */
    public static final String RECORD_ATTENDANCE = "hasRole('WORK_MANAGER')";
    /** Derive the credits that attendance earns (pending the judge's certification). */
    public static final String DERIVE_WORK_CREDITS = "hasAnyRole('WORK_MANAGER','SENTENCE_ADMINISTRATOR')";
    /** Record the supervising judge's certification (constancia de redención) of work credits. */
    public static final String CERTIFY_WORK = "hasRole('SENTENCE_ADMINISTRATOR')";

    /** Read oversight registers: regime, conditions, segregation, restraints, discipline, health (staff: their facilities). */
    public static final String READ_OVERSIGHT = "hasAnyRole('WARDEN','CUSTODY_OFFICER','MONITOR','ADMINISTRATOR')";
    /** Record the daily regime, conditions readings, segregation and restraints, medical examinations (facility-scoped). */
    public static final String RECORD_CONDITIONS = "hasAnyRole('WARDEN','CUSTODY_OFFICER')";
    /** Decide disciplinary cases, answer complaints, record deaths in custody (facility-scoped). */
    public static final String DECIDE_DISCIPLINE = "hasRole('WARDEN')";
    /** Lodge a request, a complaint or an allegation of ill-treatment (a monitor for the confidential channel). */
    public static final String LODGE_COMPLAINT = "hasAnyRole('WARDEN','CUSTODY_OFFICER','MONITOR')";
    /** Answer a request or complaint (a confidential one: only a monitor). */
    public static final String ANSWER_COMPLAINT = "hasAnyRole('WARDEN','MONITOR')";
    /** The monitors' console, compliance findings, confidential complaints and allegations; record a visit. */
    public static final String MONITOR = "hasRole('MONITOR')";
    /** Compliance findings: monitors everywhere, wardens and administrators (wardens: their facilities). */
    public static final String READ_COMPLIANCE = "hasAnyRole('MONITOR','WARDEN','ADMINISTRATOR')";
    /** Read custody agreements with other states (a liaison only its state's; facility-scoped staff: their facilities'). */
    public static final String READ_AGREEMENTS = "hasAnyRole('AGREEMENT_ADMINISTRATOR','MONITOR','ADMINISTRATOR','LIAISON')";
    /** Record agreements with other states and their amendments. */
    public static final String MANAGE_AGREEMENTS = "hasRole('AGREEMENT_ADMINISTRATOR')";

    private Access() {
    }
}
