package org.custos.registry.web;

import org.custos.registry.LegalStatusKind;
import org.custos.registry.SearchQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The person search as typed: a name, a document number, a booking number and two filters. Bound
 * from the query string, so a search is a link that can be shared, bookmarked and exported.
 */
public class SearchForm {

    public String q;
    public String document;
    public String booking;
    public String status;
    public String facility;
    public String nationality;
    /**
     * "held" (the default when absent), "released" or "all". Given alone it is a list, not an empty search: the
     * home page's "held now" and "released" figures open the persons they count.
     */
    public String held;
    public int page;

    boolean empty() {
        return AdmissionMapper.blank(q) && AdmissionMapper.blank(document) && AdmissionMapper.blank(booking)
                && AdmissionMapper.blank(status) && AdmissionMapper.blank(facility)
                && AdmissionMapper.blank(nationality) && AdmissionMapper.blank(held);
    }

    /** The held filter as the form shows it. */
    public String getHeld() {
        return AdmissionMapper.blank(held) ? "held" : held;
    }

    SearchQuery query(int size) {
        return new SearchQuery(trim(q), trim(document), trim(booking), statusKind(), trim(facility), heldFilter(),
                page, size, trim(nationality));
    }

    private LegalStatusKind statusKind() {
        for (LegalStatusKind k : LegalStatusKind.values()) {
            if (k.name().equals(status)) {
                return k;
            }
        }
        return null;
    }

    private Boolean heldFilter() {
        return switch (held == null ? "held" : held) {
            case "released" -> Boolean.FALSE;
            case "all" -> null;
            default -> Boolean.TRUE;
        };
    }

    /** The query string of this search at another page (for the pager) or for the CSV export. */
    public String link(String path, int toPage) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        add(b, "q", q);
        add(b, "document", document);
        add(b, "booking", booking);
        add(b, "status", status);
        add(b, "facility", facility);
        add(b, "nationality", nationality);
        add(b, "held", held);
        if (toPage > 0) {
            b.queryParam("page", toPage);
        }
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (!AdmissionMapper.blank(value)) {
            b.queryParam(name, value.strip());
        }
    }

    private static String trim(String s) {
        return AdmissionMapper.blank(s) ? null : s.strip();
    }
}
