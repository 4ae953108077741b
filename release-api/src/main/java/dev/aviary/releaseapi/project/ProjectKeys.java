package dev.aviary.releaseapi.project;

/** The documented format of project keys. */
public final class ProjectKeys {

    public static final String PATTERN = "^[a-z][a-z0-9-]{1,31}$";
    public static final String RULE =
            "must be 2-32 characters: lower-case letters, digits or '-', starting with a letter";

    private ProjectKeys() {}
}
