/** What other modules may know of a tenant's stores and regions. Implemented by regions. */
package io.custos.platform.places;
