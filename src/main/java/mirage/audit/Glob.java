package mirage.audit;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.regex.PatternSyntaxException;

/**
 * A path pattern of the config ({@code include}, {@code exclude}, a waiver's {@code path}),
 * matched against a file as reports name it ({@link BaseFolder#shown}): {@code *} within a
 * folder name, {@code **} across folders, {@code ?}, {@code [abc]}, {@code {a,b}}. A leading
 * {@code **}{@code /} also matches at the top ({@code **}{@code /README.md} matches
 * {@code README.md}); a trailing {@code /} matches everything under that folder.
 */
public final class Glob {

    private final String pattern;
    private final PathMatcher matcher;
    private final PathMatcher top;

    private Glob(String pattern, PathMatcher matcher, PathMatcher top) {
        this.pattern = pattern;
        this.matcher = matcher;
        this.top = top;
    }

    /** The glob, or an {@link IllegalArgumentException} saying why it is not one. */
    public static Glob of(String pattern) {
        String full = pattern.endsWith("/") ? pattern + "**" : pattern;
        try {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + full);
            PathMatcher top = full.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + full.substring(3)) : null;
            return new Glob(pattern, matcher, top);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getDescription(), e);
        }
    }

    /** Whether a file, named as reports name it, matches. */
    public boolean matches(String shown) {
        Path path;
        try {
            path = Path.of(shown);
        } catch (InvalidPathException e) {
            return false;
        }
        return matcher.matches(path) || top != null && top.matches(path);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
