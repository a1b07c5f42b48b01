/** Passwords after sign-up: an admin's reset to a temporary one, and each staff member changing their own. */
package io.custos.identity.password;
