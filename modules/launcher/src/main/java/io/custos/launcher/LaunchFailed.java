package io.custos.launcher;

/** The process cannot start: configuration is missing or a prerequisite failed. */
public class LaunchFailed extends RuntimeException {
    public LaunchFailed(String message) {
        super(message);
    }

    public LaunchFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
