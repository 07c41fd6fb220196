package mirage.engine;

import java.io.Serializable;
import mirage.facts.Waiver;

/** What became of a waiver: {@code active} (it hides findings), {@code expired} or {@code unused}. */
public record WaiverStatus(Waiver waiver, String status, int matched) implements Serializable {

    public static final String ACTIVE = "active";
    public static final String EXPIRED = "expired";
    public static final String UNUSED = "unused";
}
