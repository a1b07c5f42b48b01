/** Helpers for reading what the database refused. */
package io.custos.platform.persistence;
