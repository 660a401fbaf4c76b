/** The {@code CaseFile} JSON format (input, optional expected output) used by golden files and the CLI. */
package org.custos.releasedates.json;
