/** Recurring jobs that run once per due slot in the whole cluster, claimed in the database. */
package io.custos.platform.jobs;
