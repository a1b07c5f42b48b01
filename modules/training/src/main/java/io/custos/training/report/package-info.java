/** Completion reports and the reminder feed, computed from assignments and acknowledgments. */
package io.custos.training.report;
