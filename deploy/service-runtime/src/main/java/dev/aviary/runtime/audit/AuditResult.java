package dev.aviary.runtime.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an audited call ended. */
public enum AuditResult {
    SUCCESS,
    /** Refused for want of a permission (403). */
    DENIED,
    /** Refused as invalid, conflicting or aimed at nothing (other 4xx). */
    REJECTED,
    /** The service failed (5xx). */
    FAILED;

    public static AuditResult ofStatus(int status) {
        if (status == 403) {
            return DENIED;
        }
        if (status >= 500) {
            return FAILED;
        }
        return status >= 400 ? REJECTED : SUCCESS;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
