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
}
