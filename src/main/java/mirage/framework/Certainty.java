package mirage.framework;

/**
 * How sure frameworks.md is of a row: {@code T} read in the legal text, {@code S} from a
 * summary. Rows it marks {@code I} alone or {@code ?} are not encoded.
 */
public enum Certainty {
    T, S
}
