/** Events other modules may observe about data-subject requests. */
package io.custos.requests.api;
