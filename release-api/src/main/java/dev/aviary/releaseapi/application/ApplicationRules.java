package dev.aviary.releaseapi.application;

/** The documented formats of application fields. */
final class ApplicationRules {

    static final String NAME = "^[a-z][a-z0-9-]{1,62}$";
    static final String NAME_RULE =
            "must be 2-63 characters: lower-case letters, digits or '-', starting with a letter";
    static final String TYPE = "^(host|container)$";
    static final String TYPE_RULE = "must be host or container";
    static final String REPOSITORY = "^((https?|ssh|git)://\\S+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\\S+)$";
    static final String REPOSITORY_RULE = "must be an http(s), ssh or git URL, or user@host:path";
    static final String TAG = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$";
    static final String TAG_RULE = "must be 1-40 characters: letters, digits, '.', '_', ':' or '-'";

    private ApplicationRules() {}
}
