/**
 * Demo dataset: on the first start of a server with {@code custos.demo.enabled}, registers about
 * twenty facilities named after El Salvador's, demo accounts for every role, and about 110,000
 * admissions with realistic names, valid DUI numbers and a realistic mix of legal statuses — all
 * through the registry's published {@link org.custos.registry.Admissions} API, with its validations.
 * Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "facilities", "registry"})
package org.custos.demo;
