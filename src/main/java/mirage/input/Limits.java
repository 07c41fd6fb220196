package mirage.input;

import java.time.Duration;

/**
 * How much one input may cost, so that hostile input stays bounded: its size in bytes
 * ({@code --max-input-size}), how deep its YAML or JSON may nest ({@code --max-depth}), and
 * how long and how many rule matches a rule session may spend on it ({@code --rule-time-limit},
 * {@code --max-rule-firings}).
 */
public record Limits(long maxInputSize, int maxDepth, Duration ruleTime, long maxFirings) {

    /** Deeper than any profile needs (a profile nests five levels); stops hostile nesting early. */
    public static final int DEFAULT_DEPTH = 64;

    /** Far more than the catalogue takes on the largest sample (well under a second). */
    public static final long DEFAULT_RULE_SECONDS = 60;

    public static final Duration DEFAULT_RULE_TIME = Duration.ofSeconds(DEFAULT_RULE_SECONDS);

    /** About fifty times what the catalogue makes of a profile of a thousand bodies. */
    public static final long DEFAULT_FIRINGS = 500_000;

    public static final Limits DEFAULT = new Limits(SourceText.DEFAULT_LIMIT, DEFAULT_DEPTH, DEFAULT_RULE_TIME, DEFAULT_FIRINGS);

    public Limits {
        if (maxInputSize < 0 || maxDepth < 1 || ruleTime.isNegative() || ruleTime.isZero() || maxFirings < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
