package org.custos.oversight.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.custos.oversight.internal.compliance.Finding;
import org.custos.shared.web.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a finding's measure or threshold ({@link Finding.Text}) in a language ({@code @findingText} in
 * templates): the message of its key with its arguments written as {@link LocalFormats} writes them — dates and
 * decimals as the language writes them, elapsed times as {@code 48 h}, terms (a sanction's name) by their own
 * message. Whole numbers are left to the message, which may choose a plural by them.
 */
@Component("findingText")
public class FindingText {

    private final MessageSource messages;

    FindingText(MessageSource messages) {
        this.messages = messages;
    }

    /** In the language of the current request. */
    public String of(Finding.Text text) {
        return of(text, LocaleContextHolder.getLocale());
    }

    public String of(Finding.Text text, Locale locale) {
        if (text == null) {
            return "";
        }
        Object[] args = text.args().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage(text.key(), args, locale);
    }

    private Object argument(Object a, Locale locale) {
        return switch (a) {
            case Finding.Text term -> of(term, locale);
            case LocalDate d -> LocalFormats.date(d, locale);
            case Duration d -> LocalFormats.duration(d, locale);
            case BigDecimal d -> LocalFormats.decimal(d, Math.max(d.scale(), 0), locale);
            default -> a;
        };
    }
}
