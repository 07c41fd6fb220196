package mirage.audit;

import java.util.List;

/**
 * Which files found in folders an audit reads: those an {@code include} glob matches (all,
 * when there is none) and no {@code exclude} glob does. Files named on the command line are
 * always read: naming a file is asking for it.
 */
public record FileFilter(List<Glob> include, List<Glob> exclude) {

    public static final FileFilter ALL = new FileFilter(List.of(), List.of());

    public FileFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public boolean reads(String shown) {
        return (include.isEmpty() || include.stream().anyMatch(g -> g.matches(shown)))
                && exclude.stream().noneMatch(g -> g.matches(shown));
    }
}
