package dev.aviary.devregistry.remote;

/** A request the registry understands but cannot accept (a missing service name, a bad port). */
public final class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
