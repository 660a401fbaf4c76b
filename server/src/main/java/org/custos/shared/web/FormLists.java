package org.custos.shared.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Keeps the lists of a form at their documented number of rows. Spring's binder grows a list to whatever
 * index a request names ({@code family[100000].name}), and with direct field access it ignores
 * {@code autoGrowCollectionLimit}; so, from an {@code @InitBinder} method, {@link #bound} disallows every
 * parameter that indexes a list beyond its rows (or a list the form does not have) before anything is bound,
 * and {@link #problems} names each such list with {@code bounds.too-many} for the form's error summary.
 */
public final class FormLists {

    private static final String ATTRIBUTE = FormLists.class.getName();
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

    private FormLists() {
    }

    /** @param rows the lists of the form by path ({@code person.documents}) and their number of rows */
    public static void bound(WebDataBinder binder, WebRequest request, Map<String, Integer> rows) {
        List<String> refused = new ArrayList<>();
        Map<String, Integer> problems = new LinkedHashMap<>();
        for (Iterator<String> names = request.getParameterNames(); names.hasNext(); ) {
            String name = names.next();
            String list = beyond(name, rows);
            if (list != null) {
                refused.add(name);
                problems.put(list, rows.getOrDefault(list, 0));
            }
        }
        if (!refused.isEmpty()) {
            binder.setDisallowedFields(refused.toArray(String[]::new));
            request.setAttribute(ATTRIBUTE, problems, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The lists of this request that named rows beyond their maximum. */
    public static List<FieldProblem> problems(WebRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, Integer> lists = (Map<String, Integer>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return lists == null ? List.of()
                : lists.entrySet().stream().map(e -> FieldProblem.of(e.getKey(), "bounds.too-many", e.getValue())).toList();
    }

    /** The list a parameter indexes out of bounds, or null when every index of the name is within its list's rows. */
    static String beyond(String name, Map<String, Integer> rows) {
        Matcher m = INDEX.matcher(name);
        StringBuilder path = new StringBuilder();
        int from = 0;
        while (m.find()) {
            path.append(name, from, m.start());
            from = m.end();
            String list = path.toString();
            Integer max = rows.get(list);
            String index = m.group(1);
            if (max == null || !index.matches("\\d{1,6}") || Integer.parseInt(index) >= max) {
                return list;
            }
        }
        return null;
    }
}
