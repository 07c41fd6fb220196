package mirage.engine;

import java.io.Serializable;
import java.util.List;

/**
 * What a body's representation is worth (traps.md, section F): {@code representation-trap},
 * {@code conditional}, {@code sound} or {@code not-assessed}, with the traps that led to it.
 */
public record Verdict(String body, String verdict, List<String> traps) implements Serializable {

    public static final String NOT_ASSESSED = "not-assessed";
    public static final String SOUND = "sound";
    public static final String CONDITIONAL = "conditional";
}
