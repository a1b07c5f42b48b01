package io.custos.training.content;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** A section as an author writes it: {@code format} MARKDOWN (the default) or HTML; either is sanitised. */
public record NewSection(
        @NotNull @Length(min = 1, max = 200) String heading,
        Format format,
        @NotNull @Length(max = 100_000) String body) {

    public enum Format {
        MARKDOWN,
        HTML
    }

    Section sanitised() {
        return new Section(
                Sanitiser.text(heading), format == Format.HTML ? Sanitiser.html(body) : Sanitiser.markdown(body));
    }
}
