package org.custos.identity.web;

import org.custos.identity.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The API documentation page: how to get a token, in the page's language, and Swagger UI's interactive
 * reference embedded in a frame (Swagger UI's own text is English; the frame is marked {@code lang="en"}).
 */
@Controller
class ApiPage {

    @GetMapping("/help/api")
    @PreAuthorize(Access.SIGNED_IN)
    String api(Model model) {
        model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return "identity/api";
    }
}
