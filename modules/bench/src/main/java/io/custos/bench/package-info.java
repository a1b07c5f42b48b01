/** JMH benchmarks of in-process decisions; run with {@code -Pbench}, never in verify. */
package io.custos.bench;
