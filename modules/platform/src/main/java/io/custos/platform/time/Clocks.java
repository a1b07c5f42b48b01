package io.custos.platform.time;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;

/** The server's clock for code that CDI does not inject into (JPA lifecycle callbacks). */
public final class Clocks {

    private Clocks() {}

    /** The server's {@link Clock} (a test clock where one is enabled); the system's UTC clock outside a container. */
    public static Clock current() {
        try {
            return CDI.current().select(Clock.class).get();
        } catch (IllegalStateException noContainer) {
            return Clock.systemUTC();
        }
    }
}
