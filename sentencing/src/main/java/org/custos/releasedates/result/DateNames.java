package org.custos.releasedates.result;

/** The stable names of the dates the engine produces. */
public final class DateNames {
    public static final String FULL_TERM = "FULL_TERM";
    public static final String PROJECTED_RELEASE = "PROJECTED_RELEASE";
    public static final String PROJECTED_RELEASE_IF_REVIEW_GRANTED = "PROJECTED_RELEASE_IF_REVIEW_GRANTED";
    public static final String PRERELEASE_CUSTODY = "PRERELEASE_CUSTODY";
    public static final String PROVISIONAL_DETENTION_LIMIT = "PROVISIONAL_DETENTION_LIMIT";
    public static final String PROVISIONAL_DETENTION_LIMIT_OVERRIDE = "PROVISIONAL_DETENTION_LIMIT_OVERRIDE";

    public static final String COMPUTED = "COMPUTED";
    public static final String EXCLUDED = "EXCLUDED";

    private DateNames() {}
}
