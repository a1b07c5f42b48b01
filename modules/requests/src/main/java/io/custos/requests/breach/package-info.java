/** The breach register: an incident, its affected customers, each pack's deadline, the notifications owed. */
package io.custos.requests.breach;
