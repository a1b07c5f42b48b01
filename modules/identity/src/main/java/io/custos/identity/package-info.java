/** Staff accounts, roles, grants and login of each store chain. */
package io.custos.identity;
