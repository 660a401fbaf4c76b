package org.custos.identity.web;

import org.custos.identity.internal.Lockouts;
import java.util.List;
import org.custos.identity.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The back-offs imposed on sign-ins, newest first, for the administrator. */
@RestController
class LockoutsApi {

    private final Lockouts lockouts;

    LockoutsApi(Lockouts lockouts) {
        this.lockouts = lockouts;
    }

    @GetMapping("/api/v1/security/lockouts")
    @PreAuthorize(Access.READ_SIGN_IN_LOCKOUTS)
    List<Lockouts.Lockout> lockouts(@RequestParam(required = false) String username,
                                    @RequestParam(defaultValue = "100") int limit) {
        return lockouts.recent(username, Math.clamp(limit, 1, 1000));
    }
}
