package org.custos.oversight.internal.compliance;

import java.util.List;

/**
 * Every sentence the engine writes into a finding's measure or threshold, by message key
 * ({@code oversight.finding.*} in the oversight bundles, Spanish and English). The engine names the phrase and
 * gives the arguments; the page writes them in the reader's language. {@code FindingWordingTest} proves every key
 * is in both bundles.
 */
public enum Phrase {
    PERCENT("percent"),
    ABOVE_PERCENT("abovePercent"),
    NO_DECLARED_CAPACITY("noDeclaredCapacity"),
    SQUARE_METRES("squareMetres"),
    AT_LEAST_SQUARE_METRES("atLeastSquareMetres"),
    BUNKS("bunks"),
    BUNK_PER_PERSON("bunkPerPerson"),
    TEMPERATURE("temperature"),
    BELOW_CELSIUS("belowCelsius"),
    AT_MOST_CELSIUS("atMostCelsius"),
    OUTDOOR("outdoor"),
    OUTDOOR_DAILY("outdoorDaily"),
    SOLITARY("solitary"),
    SOLITARY_LIMIT("solitaryLimit"),
    NO_PLANNED_END("noPlannedEnd"),
    PLANNED_END_WITHIN("plannedEndWithin"),
    DAYS("days"),
    AT_MOST_CONSECUTIVE_DAYS("atMostConsecutiveDays"),
    NO_LEGAL_GROUND("noLegalGround"),
    RESTRAINTS_AS_PUNISHMENT("restraintsAsPunishment"),
    LEGAL_GROUND("legalGround"),
    RESTRAINED_FOR("restrainedFor"),
    RESTRAINED_NOT_ENDED("restrainedNotEnded"),
    AT_MOST("atMost"),
    SANCTION_PROHIBITED("sanctionProhibited"),
    SANCTION_COLLECTIVE("sanctionCollective"),
    NO_DEFINED_OFFENCE("noDefinedOffence"),
    NO_HEARING("noHearing"),
    LAWFUL_SANCTION("lawfulSanction"),
    NOT_EXAMINED("notExamined"),
    EXAMINED_AFTER("examinedAfter"),
    UNANSWERED_PAST_DEADLINE("unansweredPastDeadline"),
    ANSWERED_PAST_DEADLINE("answeredPastDeadline"),
    ANSWERED_BY("answeredBy"),
    NOT_REFERRED("notReferred"),
    REFERRED_AFTER("referredAfter"),
    AT_ONCE("atOnce"),
    KIN_NOT_INFORMED("kinNotInformed"),
    KIN_INFORMED_AFTER("kinInformedAfter"),
    AUTHORITY_NOT_INFORMED("authorityNotInformed"),
    AUTHORITY_INFORMED_AFTER("authorityInformedAfter"),
    DEATH_NOTICES("deathNotices"),
    NEVER_INSPECTED("neverInspected"),
    LAST_INSPECTION("lastInspection"),
    EVERY_DAYS("everyDays");

    /** The prefix of the message key of a sanction's name ({@code oversight.sanction.REDUCTION_OF_FOOD}). */
    public static final String SANCTION = "oversight.sanction.";

    private final String key;

    Phrase(String name) {
        this.key = "oversight.finding." + name;
    }

    public String key() {
        return key;
    }

    /** This phrase with its arguments. */
    public Finding.Text with(Object... args) {
        return new Finding.Text(key, List.of(args));
    }

    /** A sanction's name, as an argument of {@link #SANCTION_PROHIBITED}. */
    static Finding.Text sanction(String code) {
        return new Finding.Text(SANCTION + code, List.of());
    }
}
