/** Reading uploaded CSV files the same strict way in every import. */
package io.custos.platform.csv;
