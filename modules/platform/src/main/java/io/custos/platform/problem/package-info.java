/** RFC 9457 problem details: the one shape of every error answer. */
package io.custos.platform.problem;
