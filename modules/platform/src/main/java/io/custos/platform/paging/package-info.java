/** Cursor pagination: {@code ?limit=&cursor=} in, {@code {items, nextCursor}} out. */
package io.custos.platform.paging;
