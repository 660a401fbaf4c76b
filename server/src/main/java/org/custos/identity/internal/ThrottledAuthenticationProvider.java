package org.custos.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (form, HTTP basic, and so the token endpoint), through
 * {@link SignInThrottle}: a slot is reserved before the password is checked.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String client = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        SignInThrottle.Attempt attempt = throttle.signIn(authentication.getName(), client);
        boolean verdict = false;
        try {
            Authentication result = delegate.authenticate(authentication);
            verdict = true;
            throttle.succeeded(attempt);
            return result;
        } catch (BadCredentialsException e) {
            verdict = true;
            throttle.failed(attempt);
            throw e;
        } finally {
            if (!verdict) {
                throttle.abandoned(attempt);
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
