/**
 * Input validation: every problem is reported as a {@link org.custos.releasedates.validation.FieldError}
 * naming the field (e.g. {@code sentences[0].term}) with a stable code, all at once.
 */
package org.custos.releasedates.validation;
