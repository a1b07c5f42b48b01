/** What a course version teaches and asks: material sanitised on the way in, and its quiz with the correct answers. */
package io.custos.training.content;
