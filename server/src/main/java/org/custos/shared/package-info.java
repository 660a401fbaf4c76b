/**
 * Shared kernel: database wiring (embedded or external PostgreSQL), the clock, RFC 9457 problem
 * details, localisation and the web chrome every module uses. Publishes no events.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.custos.shared;
