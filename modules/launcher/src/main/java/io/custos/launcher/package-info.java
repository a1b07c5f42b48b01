/** Prepares the process environment (database, keys, clustering) and boots Payara Micro. */
package io.custos.launcher;
