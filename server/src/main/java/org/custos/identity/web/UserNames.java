package org.custos.identity.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.custos.identity.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words for the user-management pages: roles in a stable order, a state's name in the page's language. */
@Component("userNames")
public class UserNames {

    private final org.springframework.context.MessageSource messages;

    UserNames(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    public List<Role> sorted(Collection<Role> roles) {
        return roles.stream().sorted().toList();
    }

    public String country(String code) {
        String name = Locale.of("", code).getDisplayCountry(LocaleContextHolder.getLocale());
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    public String facilities(Collection<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }

    /**
     * A scope as the history stores it ({@code WARDEN,WORK_MANAGER @ CECOT,LA-ESPERANZA} or {@code LIAISON (US)}), with
     * the roles and the state in the page's language.
     */
    public String describe(String stored) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Z_,]*)(?: @ ([^(]*))?(?: \\(([A-Z]{2})\\))?$")
                .matcher(stored.trim());
        if (!m.matches()) {
            return stored;
        }
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder out = new StringBuilder(java.util.Arrays.stream(m.group(1).split(",")).filter(r -> !r.isBlank())
                .map(r -> messages.getMessage("role." + r, null, r, locale))
                .collect(java.util.stream.Collectors.joining(", ")));
        if (m.group(2) != null) {
            out.append(" — ").append(m.group(2).trim().replace(",", ", "));
        }
        if (m.group(3) != null) {
            out.append(" — ").append(country(m.group(3)));
        }
        return out.toString();
    }
}
