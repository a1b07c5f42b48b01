/** Store chains (tenants): onboarding, lifecycle and the directory other modules look them up in. */
package io.custos.tenants;
