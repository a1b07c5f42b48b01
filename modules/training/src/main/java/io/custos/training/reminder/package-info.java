/**
 * Mails that keep training on time: a course assigned, due soon, overdue, a new version to
 * acknowledge, and the daily digest of overdue staff to those who look after them. All go through
 * the outbox, once per event in the whole cluster; and the sweep that keeps assignments in step
 * with grants that start or end on their own.
 */
package io.custos.training.reminder;
