package org.custos.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.NewUser;
import org.custos.identity.Role;
import org.custos.identity.internal.UserAccountsService;
import org.custos.identity.internal.UserAdministration;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's user management: the list, a new account (its one-time password shown once), and for
 * one account its scope, disabling and enabling, and a new one-time password. Same rules as {@code /api/v1/users}.
 */
@Controller
class UserPages {

    /** The form as typed: roles by name, facility codes separated by commas or spaces. */
    record UserForm(String username, String displayName, List<String> roles, String facilities,
                    String liaisonState) {
    }

    private static final Map<String, String> ANCHORS = Map.of("roles", "role-" + Role.values()[0].name());
    private final UserAccountsService accounts;
    private final UserAdministration administration;
    private final FormErrors formErrors;

    UserPages(UserAccountsService accounts, UserAdministration administration, FormErrors formErrors) {
        this.accounts = accounts;
        this.administration = administration;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/users")
    @PreAuthorize(Access.MANAGE_USERS)
    String list(Model model) {
        model.addAttribute("users", administration.list());
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize(Access.MANAGE_USERS)
    String newForm(Model model) {
        model.addAttribute("form", new UserForm("", "", List.of(), "", ""));
        formErrors.none(model);
        return form(model);
    }

    @PostMapping("/admin/users")
    @PreAuthorize(Access.MANAGE_USERS)
    String create(@RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(required = false) List<String> roles,
                  @RequestParam(defaultValue = "") String facilities,
                  @RequestParam(defaultValue = "") String liaisonState, Model model) {
        UserForm form = new UserForm(username, displayName, roles == null ? List.of() : roles, facilities,
                liaisonState);
        String oneTime = accounts.randomPassword();
        try {
            accounts.create(new NewUser(username, displayName, roles(form.roles()), codes(facilities),
                    state(liaisonState), oneTime), Callers.current().username());
        } catch (ProblemException e) {
            model.addAttribute("form", form);
            refused(model, e);
            return form(model);
        }
        return oneTime(model, administration.find(username.trim().toLowerCase(java.util.Locale.ROOT)), oneTime,
                "created");
    }

    @GetMapping("/admin/users/{username}")
    @PreAuthorize(Access.MANAGE_USERS)
    String user(@PathVariable String username, Model model) {
        var u = administration.find(username);
        model.addAttribute("account", u);
        model.addAttribute("form", new UserForm(u.user().username(), u.displayName(),
                u.user().roles().stream().map(Role::name).toList(),
                String.join(", ", new java.util.TreeSet<>(u.user().facilities())),
                u.user().liaisonState() == null ? "" : u.user().liaisonState()));
        formErrors.none(model);
        return account(model);
    }

    @PostMapping("/admin/users/{username}/scope")
    @PreAuthorize(Access.MANAGE_USERS)
    String changeScope(@PathVariable String username, @RequestParam(required = false) List<String> roles,
                       @RequestParam(defaultValue = "") String facilities,
                       @RequestParam(defaultValue = "") String liaisonState, Model model) {
        var u = administration.find(username);
        try {
            administration.changeScope(username, roles(roles == null ? List.of() : roles), codes(facilities),
                    state(liaisonState), Callers.current().username());
        } catch (ProblemException e) {
            model.addAttribute("account", u);
            model.addAttribute("form", new UserForm(username, u.displayName(), roles == null ? List.of() : roles,
                    facilities, liaisonState));
            refused(model, e);
            return account(model);
        }
        return "redirect:/admin/users/" + username + "?saved";
    }

    @PostMapping("/admin/users/{username}/enabled")
    @PreAuthorize(Access.MANAGE_USERS)
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, Model model) {
        try {
            administration.setEnabled(username, enabled, Callers.current().username());
        } catch (ProblemException e) {
            user(username, model);
            formErrors.add(model, e, Map.of("enabled", "enabled-button"));
            return account(model);
        }
        return "redirect:/admin/users/" + username + "?saved";
    }

    @PostMapping("/admin/users/{username}/password")
    @PreAuthorize(Access.MANAGE_USERS)
    String resetPassword(@PathVariable String username, Model model) {
        String oneTime = administration.resetPassword(username, Callers.current().username());
        return oneTime(model, administration.find(username), oneTime, "reset");
    }

    private String form(Model model) {
        model.addAttribute("roles", Role.values());
        return "identity/user-new";
    }

    private String account(Model model) {
        model.addAttribute("roles", Role.values());
        if (model.getAttribute("account") instanceof UserAdministration.ManagedUser u) {
            model.addAttribute("history", administration.history(u.user().username()));
        }
        return "identity/user";
    }

    /** The one-time password is shown on this page only: it is not kept in clear anywhere. */
    private static String oneTime(Model model, UserAdministration.ManagedUser u, String oneTime, String why) {
        model.addAttribute("account", u);
        model.addAttribute("oneTime", oneTime);
        model.addAttribute("why", why);
        return "identity/user-password";
    }

    /** The error summary, and each message beside its field ({@code facilities[2]} beside the facilities box). */
    private void refused(Model model, ProblemException e) {
        formErrors.add(model, e, anchors(e));
        @SuppressWarnings("unchecked")
        Map<String, String> byField = (Map<String, String>) model.getAttribute("fieldErrors");
        Map<String, String> merged = new java.util.LinkedHashMap<>();
        byField.forEach((field, message) -> merged.merge(field.replaceAll("\\[\\d+]$", ""), message,
                (a, b) -> a.equals(b) ? a : a + " " + b));
        model.addAttribute("fieldErrors", merged);
    }

    /** {@code facilities[2]} is shown beside the facilities box; {@code roles} beside the first role. */
    private static Map<String, String> anchors(ProblemException e) {
        Map<String, String> anchors = new java.util.HashMap<>(ANCHORS);
        e.fields().forEach(f -> {
            if (f.field().startsWith("facilities[")) {
                anchors.put(f.field(), "facilities");
            }
        });
        return anchors;
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(n)).forEach(roles::add);
        }
        return roles;
    }

    private static Set<String> codes(String typed) {
        Set<String> codes = new LinkedHashSet<>();
        for (String c : typed.split("[,\\s]+")) {
            if (!c.isBlank()) {
                codes.add(c.trim().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return codes;
    }

    private static String state(String typed) {
        return typed.isBlank() ? null : typed.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
