package dev.aviary.releaseapi.identity;

import java.util.regex.Pattern;

/** The documented format of user and service-account names. */
public final class Names {

    public static final String PRINCIPAL_PATTERN = "^[a-z][a-z0-9._-]{1,62}$";
    public static final String PRINCIPAL_RULE =
            "must be 2-63 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter";
    private static final Pattern PRINCIPAL = Pattern.compile(PRINCIPAL_PATTERN);

    private Names() {}

    public static boolean isPrincipalName(String name) {
        return name != null && PRINCIPAL.matcher(name).matches();
    }
}
