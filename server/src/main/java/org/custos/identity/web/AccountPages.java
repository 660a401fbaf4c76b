package org.custos.identity.web;

import org.custos.identity.internal.UserAccountsService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in page and the change of one's own password. A changed password ends the session: the user signs in
 * again with the new one, and the sign-in page says so ({@code ?passwordChanged}).
 */
@Controller
class AccountPages {

    private final UserAccountsService accounts;
    private final FormErrors formErrors;

    AccountPages(UserAccountsService accounts, FormErrors formErrors) {
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    /** Public: the sign-in form itself. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null && throttled.matches("\\d{1,6}")) {
            model.addAttribute("retryAfter", Long.parseLong(throttled));
        }
        return "identity/login";
    }

    @GetMapping("/account/password")
    @PreAuthorize(Access.SIGNED_IN)
    String passwordForm(Model model) {
        model.addAttribute("mustChange", Callers.current().mustChangePassword());
        formErrors.none(model);
        return "identity/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize(Access.SIGNED_IN)
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String confirmPassword,
                          HttpServletRequest request, Model model) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw ProblemException.invalid("identity.validation",
                        org.custos.shared.web.FieldProblem.of("confirmPassword", "password.mismatch"));
            }
            accounts.changePassword(Callers.current().username(), currentPassword, newPassword);
        } catch (ProblemException e) {
            model.addAttribute("mustChange", Callers.current().mustChangePassword());
            formErrors.add(model, e, Map.of());
            return "identity/password";
        }
        new SecurityContextLogoutHandler().logout(request, null, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?passwordChanged";
    }
}
