/** Integration tests over HTTP against one shared Payara Micro start with the real WAR. */
package io.custos.it;
