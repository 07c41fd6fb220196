package mirage.framework;

import mirage.profile.Node;

/**
 * A body's fields by their path in the profile format while the law is read into them: a
 * charter's fact tree, or a body of a profile.
 */
public interface BodyFields {

    /** The value given for a field, or null when none is (a null scalar is none). */
    Node get(String path);

    /**
     * Sets a field's value; false when it cannot be set because the mapping that would hold
     * it is given as something else (an input error, left for the profile's checks to report).
     */
    boolean put(String path, Node value);
}
