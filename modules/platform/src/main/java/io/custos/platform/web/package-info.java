/** What every HTTP answer gets: a request id, a body-size limit, problem pages, tenant binding. */
package io.custos.platform.web;
