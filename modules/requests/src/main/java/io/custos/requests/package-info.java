/**
 * Data-subject requests (access, erasure, rectification, opt-out) with due dates from the
 * customer's rule pack, the allowed extension, overdue listing and fulfilment.
 */
package io.custos.requests;
