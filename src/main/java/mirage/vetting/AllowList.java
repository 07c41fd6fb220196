package mirage.vetting;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import mirage.engine.Clauses;
import mirage.engine.Hits;

/**
 * What rule code may name, built by reflection: the fact model (every type of {@code
 * mirage.facts}), the finding API ({@link Hits}, {@link Clauses}) and a few harmless JDK
 * types (strings, numbers, {@code Math}, {@code java.util} collections). Members are the
 * public methods and fields of these types, with the property names Drools reads
 * ({@code isEmpty()} as {@code empty}), less those that reach reflection, global state or
 * a source of non-determinism.
 */
final class AllowList {

    static final String FACTS = "mirage.facts";

    private static final List<Class<?>> JDK = List.of(Object.class, String.class, StringBuilder.class, CharSequence.class,
            Math.class, Number.class, Integer.class, Long.class, Double.class, Float.class, Short.class, Byte.class,
            Boolean.class, Character.class, Comparable.class, Iterable.class, Enum.class,
            IllegalArgumentException.class, IllegalStateException.class,
            java.util.List.class, java.util.ArrayList.class, java.util.LinkedList.class, java.util.Map.class,
            java.util.Map.Entry.class, java.util.HashMap.class, java.util.LinkedHashMap.class, java.util.TreeMap.class,
            java.util.SortedMap.class, java.util.NavigableMap.class, java.util.Set.class, java.util.HashSet.class,
            java.util.LinkedHashSet.class, java.util.TreeSet.class, java.util.SortedSet.class, java.util.NavigableSet.class,
            java.util.EnumSet.class, java.util.EnumMap.class, java.util.Collection.class, java.util.Collections.class,
            java.util.Arrays.class, java.util.Objects.class, java.util.Iterator.class, java.util.ListIterator.class,
            java.util.Optional.class, java.util.Comparator.class, java.util.Locale.class, java.util.StringJoiner.class);

    /**
     * Members never allowed, though some allowed type has them, each with why: they reach
     * reflection or threads, change the JVM's global state, read its configuration, or make
     * reports depend on the run rather than the input.
     */
    static final Map<String, String> DENIED_MEMBERS = Map.ofEntries(
            Map.entry("getClass", "reflection"), Map.entry("getDeclaringClass", "reflection"),
            Map.entry("describeConstable", "reflection"), Map.entry("resolveConstantDesc", "reflection"),
            Map.entry("wait", "threads"), Map.entry("notify", "threads"), Map.entry("notifyAll", "threads"),
            Map.entry("parallelStream", "threads"), Map.entry("parallelSort", "threads"),
            Map.entry("parallelPrefix", "threads"), Map.entry("parallelSetAll", "threads"),
            Map.entry("stream", "streams (they need lambdas, and may run in parallel)"),
            Map.entry("setDefault", "global state of the JVM"),
            Map.entry("getInteger", "system properties"), Map.entry("getLong", "system properties"),
            Map.entry("getBoolean", "system properties"),
            Map.entry("random", "a source of non-determinism"), Map.entry("hashCode", "a source of non-determinism"),
            Map.entry("hash", "a source of non-determinism"), Map.entry("identityHashCode", "a source of non-determinism"),
            Map.entry("finalize", "the garbage collector"), Map.entry("clone", "copying objects outside the fact model"));

    private final Map<String, Class<?>> typesBySimpleName = new TreeMap<>();
    private final Set<String> qualifiedTypes = new TreeSet<>();
    private final Set<String> methods = new TreeSet<>();
    private final Set<String> fields = new TreeSet<>();
    private final Set<String> factMembers = new TreeSet<>();

    private static final AllowList INSTANCE = new AllowList();

    static AllowList get() {
        return INSTANCE;
    }

    private AllowList() {
        List<Class<?>> types = new ArrayList<>(factTypes());
        for (Class<?> fact : types) {
            members(fact, factMembers);
        }
        types.add(Hits.class);
        types.add(Clauses.class);
        types.addAll(JDK);
        for (Class<?> type : types) {
            typesBySimpleName.put(type.getSimpleName(), type);
            qualifiedTypes.add(type.getCanonicalName());
            Set<String> names = new TreeSet<>();
            members(type, names);
            for (Method m : type.getMethods()) {
                if (!DENIED_MEMBERS.containsKey(m.getName())) {
                    methods.add(m.getName());
                }
            }
            fields.addAll(names);
        }
        fields.add("length");
        fields.removeAll(DENIED_MEMBERS.keySet());
        fields.remove("class");
    }

    /** The names a type gives: methods, public fields, enum constants, nested types, and properties of its getters. */
    private static void members(Class<?> type, Set<String> into) {
        for (Method m : type.getMethods()) {
            if (DENIED_MEMBERS.containsKey(m.getName())) {
                continue;
            }
            into.add(m.getName());
            String property = property(m);
            if (property != null) {
                into.add(property);
            }
        }
        for (Field f : type.getFields()) {
            if (Modifier.isPublic(f.getModifiers())) {
                into.add(f.getName());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                into.add(c.getName());
            }
        }
        for (Class<?> nested : type.getClasses()) {
            into.add(nested.getSimpleName());
        }
    }

    /** "empty" for isEmpty(), "key" for getKey(); null for other methods. */
    private static String property(Method m) {
        String name = m.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || m.getParameterCount() != 0 || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        String rest = name.substring(prefix);
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
    }

    /** Every type of the fact model, found on the class path (a folder or the jar). */
    static List<Class<?>> factTypes() {
        String folder = FACTS.replace('.', '/');
        URL url = AllowList.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("the fact model is missing from the class path");
        }
        List<Class<?>> types = new ArrayList<>();
        try {
            URI uri = url.toURI();
            Path root;
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                root = zip.getPath("/" + folder);
            } else {
                root = Path.of(uri);
            }
            try (Stream<Path> files = Files.list(root)) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".class")) {
                        Class<?> type = Class.forName(FACTS + "." + name.substring(0, name.length() - 6), false,
                                AllowList.class.getClassLoader());
                        if (Modifier.isPublic(type.getModifiers())) {
                            types.add(type);
                        }
                    }
                }
            }
        } catch (URISyntaxException | IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the fact model: " + e.getMessage(), e);
        }
        return types;
    }

    /** The allowed type of this simple ("Body", "Entry") or qualified ("java.util.List") name, or null. */
    Class<?> type(String name) {
        if (qualifiedTypes.contains(name)) {
            return typesBySimpleName.values().stream().filter(t -> t.getCanonicalName().equals(name)).findFirst().orElse(null);
        }
        return typesBySimpleName.get(name);
    }

    boolean isQualifiedType(String name) {
        return qualifiedTypes.contains(name);
    }

    boolean isMethod(String name) {
        return methods.contains(name);
    }

    /** A field, an enum constant, a nested type or a property (what follows a dot without parentheses). */
    boolean isField(String name) {
        return fields.contains(name) || methods.contains(name) && !DENIED_MEMBERS.containsKey(name);
    }

    /** A member of a fact type: what a constraint may name without a dot, on the pattern's own fact. */
    boolean isFactMember(String name) {
        return factMembers.contains(name);
    }

    /** The qualified names of the allowed types, for imports. */
    Set<String> qualifiedTypes() {
        return Collections.unmodifiableSet(qualifiedTypes);
    }
}
