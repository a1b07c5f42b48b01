/** The shared kernel every module builds on: tenancy, authentication, problems, ids and time. */
package io.custos.platform;
