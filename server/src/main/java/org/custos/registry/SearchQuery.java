package org.custos.registry;

/**
 * A search of the registry. Every criterion is optional (null or blank = any); criteria combine with
 * AND. {@code page} counts from 0; {@code size} is 1..200 (default 20).
 *
 * @param text     parts of names or aliases, any order, case and accents ignored; a text with a digit is an
 *                 identifier instead: a document or booking number as {@code document} and {@code booking} take it
 * @param document an identity document number (case and spaces ignored; a DUI with or without its dash),
 *                 e.g. {@code 04567890-3} or {@code 045678903}
 * @param booking  a booking number, exactly (case ignored), e.g. {@code SV-2026-000123}
 * @param status   current legal status
 * @param facility current (or last) facility code
 * @param held     true: only persons held now; false: only released persons; null: both
 * @param nationality ISO 3166-1 alpha-2 code of the nationality, e.g. {@code US}
 */
public record SearchQuery(String text, String document, String booking, LegalStatusKind status, String facility,
                          Boolean held, int page, int size, String nationality) {

    /** A search without a nationality criterion. */
    public SearchQuery(String text, String document, String booking, LegalStatusKind status, String facility,
                       Boolean held, int page, int size) {
        this(text, document, booking, status, facility, held, page, size, null);
    }

    public static final int MAX_SIZE = 200;

    public SearchQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    /** A name search, first page. */
    public static SearchQuery byText(String text) {
        return new SearchQuery(text, null, null, null, null, null, 0, 20);
    }
}
