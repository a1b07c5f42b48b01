/** Four eyes: actions held until a second person approves them, then run as their requester. */
package io.custos.platform.approval;
