package dev.aviary.envmanager.environment;

/** The documented formats of environment fields. */
final class EnvironmentRules {

    static final String NAME = "^[a-z][a-z0-9-]{1,31}$";
    static final String NAME_RULE =
            "must be 2-32 characters: lower-case letters, digits or '-', starting with a letter";

    /** The format release-api gives project keys; repeated here because env-manager cannot ask it. */
    static final String PROJECT_KEY = "^[a-z][a-z0-9-]{1,31}$";

    static final String PROJECT_KEY_RULE =
            "must be a project key: 2-32 characters, lower-case letters, digits or '-', starting with a letter";

    private EnvironmentRules() {}
}
