/**
 * Bean Validation constraints for request records. Payara 6.2025.10's OpenAPI generator fails on
 * {@code @Size}, {@code @NotBlank}, {@code @Min}… when they sit on a constructor parameter, which
 * is where record components put them; these composed constraints carry the same rules under
 * names it does not inspect.
 */
package io.custos.platform.validation;
