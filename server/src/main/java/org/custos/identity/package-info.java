/**
 * Identity: users, roles, facility scopes, sign-in (form for people, HTTP basic or bearer tokens for
 * API clients), login throttling and the first administrator. Publishes {@link org.custos.identity.CurrentUser}
 * for other modules to scope what a caller may see, and {@link org.custos.identity.Access} expressions
 * for {@code @PreAuthorize}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.custos.identity;
