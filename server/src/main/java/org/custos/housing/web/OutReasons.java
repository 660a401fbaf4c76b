package org.custos.housing.web;

import org.custos.facilities.FacilityDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a person is out, in the reader's language ({@code @outReasons.text(...)} in templates). Housing stores the
 * reason as movements gave it: {@code <PURPOSE>: <destination>} for an escort ({@code COURT: Juzgado 2.º}) and
 * {@code TRANSFER:<facility code>} for a transfer on its way; anything else is shown as written.
 */
@Component("outReasons")
public class OutReasons {

    private final MessageSource messages;
    private final FacilityDirectory facilities;

    OutReasons(MessageSource messages, FacilityDirectory facilities) {
        this.messages = messages;
        this.facilities = facilities;
    }

    public String text(String reason) {
        if (reason == null || reason.isBlank()) {
            return "—";
        }
        int colon = reason.indexOf(':');
        if (colon < 0) {
            return reason;
        }
        String code = reason.substring(0, colon).trim();
        String rest = reason.substring(colon + 1).trim();
        var locale = LocaleContextHolder.getLocale();
        if ("TRANSFER".equals(code)) {
            String name = facilities.nameOf(rest);
            return messages.getMessage("capacity.outReason.transfer", new Object[] {name}, locale);
        }
        String purpose = messages.getMessage("movements.purpose." + code, null, null, locale);
        if (purpose == null) {
            return reason;
        }
        return rest.isEmpty() ? purpose : purpose + ": " + rest;
    }
}
