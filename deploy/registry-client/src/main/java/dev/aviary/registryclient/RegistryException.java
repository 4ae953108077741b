package dev.aviary.registryclient;

/** The registry refused or could not be reached; the message says what Aviary was doing. */
public final class RegistryException extends Exception {

    RegistryException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
