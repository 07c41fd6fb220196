package mirage.input;

/**
 * How much one input may cost, so that hostile input stays bounded: its size in bytes
 * ({@code --max-input-size}) and how deep its YAML or JSON may nest ({@code --max-depth}).
 */
public record Limits(long maxInputSize, int maxDepth) {

    /** Deeper than any profile needs (a profile nests five levels); stops hostile nesting early. */
    public static final int DEFAULT_DEPTH = 64;

    public static final Limits DEFAULT = new Limits(SourceText.DEFAULT_LIMIT, DEFAULT_DEPTH);

    public Limits {
        if (maxInputSize < 0 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
