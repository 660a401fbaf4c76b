package org.custos.sentencing.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.sentencing.internal.PersonRecords.SentenceRow;
import org.custos.shared.web.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A derivation line in the reader's language ({@code @derivationText} in templates), from the engine's step code
 * and typed arguments (message {@code sentencing.step.<STEP>}, arguments in the engine's order): dates as the
 * locale writes them, codes as words, a sentence by its position on the page and its offence, never its id. The
 * engine's English note is the API's and the command line's text, not the page's.
 */
@Component("derivationText")
public class DerivationText {

    private final MessageSource messages;

    DerivationText(MessageSource messages) {
        this.messages = messages;
    }

    /** The rule of a line as words: {@code REDENCION_WORK_EXCLUDED_PENDING_REVIEW} → its rule and "pending review". */
    public String rule(String rule) {
        Locale locale = LocaleContextHolder.getLocale();
        if (rule == null) return "";
        for (String suffix : List.of("_EXCLUDED_PENDING_REVIEW", "_EXCLUDED")) {
            String base = rule.substring(0, Math.max(0, rule.length() - suffix.length()));
            if (rule.endsWith(suffix) && has("sentencing.rule." + base, locale)) {
                return msg("sentencing.rule.suffix" + suffix, locale, msg("sentencing.rule." + base, locale));
            }
        }
        return messages.getMessage("sentencing.rule." + rule, null, rule, locale);
    }

    /** The explanation of a line; the sentences are the person's, in the order the page lists them. */
    public String explain(DerivationLine line, List<SentenceRow> sentences) {
        Locale locale = LocaleContextHolder.getLocale();
        if (line.step() == null) return line.note();
        if (line.step().startsWith("REDEMPTION")) return redemption(line, locale);
        Object[] args = line.args().stream().map(a -> format(a, sentences, locale)).toArray();
        if ("FSA_EARNED_NOT_APPLIED".equals(line.step())) {
            args[8] = msg("sentencing.fsa.reason." + value(line, "reason"), locale, args[9], args[10]);
        }
        return msg("sentencing.step." + line.step(), locale, args);
    }

    private String redemption(DerivationLine l, Locale locale) {
        long num = count(l, "ratioNum"), den = count(l, "ratioDen");
        StringBuilder s = new StringBuilder();
        String review = value(l, "review");
        if (!"REVIEW_NONE".equals(review) && !"REVIEW_GRANTED".equals(review)) {
            String subject = String.valueOf(value(l, "reviewSubject"));
            if (!"REVIEW_DENIED".equals(review)) subject = subject.replace('_', ' ');
            s.append(msg("sentencing.redemption.review." + review, locale, subject)).append(' ');
        }
        s.append(msg("sentencing.redemption.days", locale, count(l, "records"), count(l, "hours"), count(l, "unitHours"),
                count(l, "activityDays")));
        s.append(' ').append(num == 1 && den == 1 ? msg("sentencing.redemption.twoForOne", locale)
                : msg("sentencing.redemption.ratio", locale, num, den));
        if (value(l, "regime") != null)
            s.append(' ').append(msg("sentencing.redemption.regime", locale, label("sentencing.code.regime.", value(l, "regime"), locale)));
        if (count(l, "carriedHours") > 0) s.append(' ').append(msg("sentencing.redemption.carried", locale, count(l, "carriedHours")));
        if (value(l, "appliedVersion") != null)
            s.append(' ').append(msg("sentencing.redemption.favourable", locale, value(l, "appliedVersion")));
        if ("REVIEW_GRANTED".equals(review))
            s.append(' ').append(msg("sentencing.redemption.review.REVIEW_GRANTED", locale, value(l, "reviewSubject")));
        String tail = switch (l.step()) {
            case "REDEMPTION" -> "sentencing.redemption.counted";
            case "REDEMPTION_PENDING_REVIEW" -> "sentencing.redemption.ifGranted";
            default -> "sentencing.redemption.notCounted";
        };
        return s.append(' ').append(msg(tail, locale, count(l, "redeemed"))).toString();
    }

    private Object format(StepArg a, List<SentenceRow> sentences, Locale locale) {
        if (a.kind() == null) return "";
        return switch (a.kind()) {
            case "DATE" -> LocalFormats.date(a.date(), locale);
            case "COUNT" -> a.count();
            case "PERIOD" -> a.period() == null ? "" : msg(a.period().weeks() == 0 ? "sentencing.period" : "sentencing.period.weeks",
                    locale, a.period().years(), a.period().months(), a.period().days(), a.period().weeks());
            case "CODE" -> a.value() == null ? "" : "kind".equals(a.name())
                    ? label("sentencing.kind.", a.value(), locale) : label("sentencing.code." + a.name() + ".", a.value(), locale);
            case "SENTENCE" -> sentence(a.value(), sentences, locale);
            default -> a.value() == null ? "" : "offence".equals(a.name()) ? a.value().replace('_', ' ') : a.value();
        };
    }

    /** "1 (HURTO)": the sentence's position in the person's list and its offence. */
    private String sentence(String id, List<SentenceRow> sentences, Locale locale) {
        for (int i = 0; i < sentences.size(); i++) {
            SentenceRow s = sentences.get(i);
            if (s.sentenceId().toString().equals(id)) return msg("sentencing.sentence.named", locale, i + 1, offence(s));
        }
        try {
            UUID.fromString(String.valueOf(id));
            return msg("sentencing.sentence.unnamed", locale);
        } catch (IllegalArgumentException e) {
            return String.valueOf(id);
        }
    }

    /** A sentence's offence as words: its description, or its code with spaces ({@code POSESION_DROGAS} → POSESION DROGAS). */
    public String offence(SentenceRow s) {
        if (s.description() != null && !s.description().isBlank()) return s.description();
        return s.offenceCode() == null ? "" : s.offenceCode().replace('_', ' ');
    }

    /** A month as the locale names it: "marzo de 2024", "March 2024". */
    public String month(java.time.YearMonth m) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean en = "en".equals(locale.getLanguage());
        return java.time.format.DateTimeFormatter.ofPattern(en ? "MMMM yyyy" : "MMMM 'de' yyyy", en ? Locale.ENGLISH : locale)
                .format(m);
    }

    private static String value(DerivationLine l, String name) {
        for (StepArg a : l.args()) if (a.name().equals(name)) return a.value();
        return null;
    }

    private static long count(DerivationLine l, String name) {
        for (StepArg a : l.args()) if (a.name().equals(name) && a.count() != null) return a.count();
        return 0;
    }

    private String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    private boolean has(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale) != null;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
