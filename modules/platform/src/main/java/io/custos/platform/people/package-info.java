/** What other modules may know of a tenant's staff and teams. Implemented by identity. */
package io.custos.platform.people;
