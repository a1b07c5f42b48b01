/** What other modules may use of training: the events it raises (audit observes them). */
package io.custos.training.api;
