/** The privacy centre: customers see and change their consents and file and follow their requests. */
package io.custos.privacycentre;
