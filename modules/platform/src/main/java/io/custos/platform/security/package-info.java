/** Who is calling: bearer tokens (staff JWTs and the operator token), passwords, permission checks. */
package io.custos.platform.security;
