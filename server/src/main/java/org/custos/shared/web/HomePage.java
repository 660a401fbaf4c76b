package org.custos.shared.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first screen after sign-in: what needs action now (panels contributed by the modules). */
@Controller
class HomePage {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "home";
    }
}
