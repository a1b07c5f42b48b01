package io.custos.training.content;

/** One section of a version's material as stored and shown: a plain-text heading and sanitised HTML. */
public record Section(String heading, String html) {}
