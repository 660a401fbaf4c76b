package org.custos.registry.internal;

import org.custos.registry.Dui;

import java.util.Locale;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.shared.web.Validation;

/** Identity document rules, and the normal form in which documents are stored and compared. */
final class Documents {

    private Documents() {
    }

    /** The key that is unique across persons. */
    record Key(DocumentType type, String number, String country) {
    }

    /** Upper-case trimmed number; a DUI is issued by SV and an A-number by US unless said otherwise. */
    static IdentityDocument normalize(IdentityDocument d) {
        String number = d.number() == null ? null : d.number().trim().toUpperCase(Locale.ROOT);
        String country = Fields.trimToNull(d.issuingCountry());
        if (country == null && d.type() == DocumentType.DUI) {
            country = "SV";
        } else if (country == null && d.type() == DocumentType.US_A_NUMBER) {
            country = "US";
        }
        return new IdentityDocument(d.type(), number, country, Fields.trimToNull(d.description()));
    }

    static Key key(IdentityDocument normalized) {
        return new Key(normalized.type(), normalized.number(), normalized.issuingCountry());
    }

    /** Checks one normalized document at {@code path} (e.g. {@code person.documents[0]}). */
    static void validate(Validation v, String path, IdentityDocument d) {
        if (d.type() == null) {
            v.reject(path + ".type", "required");
            return;
        }
        String number = d.number();
        if (Fields.blank(number)) {
            v.reject(path + ".number", "required");
        } else {
            switch (d.type()) {
                case DUI -> {
                    if (!Dui.hasShape(number)) {
                        v.reject(path + ".number", "registry.document.dui-shape");
                    } else if (!Dui.isValid(number)) {
                        v.reject(path + ".number", "registry.document.dui-check-digit");
                    }
                }
                case US_A_NUMBER -> v.rejectIf(!number.matches("A\\d{8,9}"), path + ".number",
                        "registry.document.a-number-shape");
                case PASSPORT -> v.rejectIf(!number.matches("[A-Z0-9]{5,20}"), path + ".number",
                        "registry.document.passport-shape");
                case OTHER -> Fields.text(v, path + ".number", number, 64);
            }
        }
        switch (d.type()) {
            case DUI -> v.rejectIf(!"SV".equals(d.issuingCountry()), path + ".issuingCountry",
                    "registry.document.dui-country");
            case US_A_NUMBER -> v.rejectIf(!"US".equals(d.issuingCountry()), path + ".issuingCountry",
                    "registry.document.a-number-country");
            case PASSPORT -> Fields.country(v, path + ".issuingCountry", d.issuingCountry(), true);
            case OTHER -> {
                Fields.country(v, path + ".issuingCountry", d.issuingCountry(), false);
                Fields.text(v, path + ".description", d.description(), Fields.NAME_MAX);
            }
        }
    }
}
