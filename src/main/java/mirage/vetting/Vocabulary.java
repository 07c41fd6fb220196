package mirage.vetting;

import java.util.Map;
import java.util.Set;

/** The words of Java and of DRL that rule code may use, and those it may not, with why. */
final class Vocabulary {

    private Vocabulary() {}

    /** Java keywords and literals a rule or a function may use. */
    static final Set<String> JAVA = Set.of("if", "else", "for", "while", "do", "return", "new", "null", "true", "false",
            "this", "instanceof", "break", "continue", "switch", "case", "default", "int", "long", "double", "float",
            "boolean", "char", "byte", "short", "void", "final", "var", "throw", "yield", "extends", "super");

    static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "boolean", "char", "byte", "short", "void", "var");

    /** DRL's own words inside a rule: conditional elements and operators. */
    static final Set<String> DRL = Set.of("when", "then", "not", "exists", "forall", "accumulate", "acc", "collect", "from",
            "and", "or", "in", "contains", "excludes", "matches", "memberOf", "soundslike", "str", "entry", "point");

    /** The accumulate functions Drools ships; user-defined ones need {@code import accumulate}, refused. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet");

    /** Words refused wherever they are, each with why. */
    static final Map<String, String> REFUSED_WORDS = Map.ofEntries(
            Map.entry("eval", "eval(...) runs arbitrary code in the conditions"),
            Map.entry("init", "accumulate with custom code (init/action/reverse/result); use count, sum, min, max, average, collectList or collectSet"),
            Map.entry("action", "accumulate with custom code (init/action/reverse/result)"),
            Map.entry("reverse", "accumulate with custom code (init/action/reverse/result)"),
            Map.entry("result", "accumulate with custom code (init/action/reverse/result)"),
            Map.entry("over", "sliding windows (they start timers)"),
            Map.entry("window", "sliding windows (they start timers)"),
            Map.entry("groupby", "groupby with custom code"),
            Map.entry("try", "exception handling (rules need none, and it could swallow the audit's time budget)"),
            Map.entry("catch", "exception handling (rules need none, and it could swallow the audit's time budget)"),
            Map.entry("finally", "exception handling (rules need none, and it could swallow the audit's time budget)"),
            Map.entry("synchronized", "threads"), Map.entry("volatile", "threads"),
            Map.entry("native", "native code"), Map.entry("transient", "serialization"), Map.entry("strictfp", "class declarations"),
            Map.entry("class", "class declarations and class literals of types outside the allow-list (reflection)"),
            Map.entry("interface", "class declarations"), Map.entry("enum", "class declarations"),
            Map.entry("record", "class declarations"), Map.entry("static", "class declarations"),
            Map.entry("abstract", "class declarations"), Map.entry("public", "class declarations"),
            Map.entry("private", "class declarations"), Map.entry("protected", "class declarations"),
            Map.entry("assert", "assertions"), Map.entry("goto", "goto"), Map.entry("const", "const"),
            Map.entry("import", "imports inside code"), Map.entry("package", "packages inside code"),
            Map.entry("throws", "checked exceptions"),
            Map.entry("kcontext", "the rule context (kcontext) reaches the engine and the session"),
            Map.entry("modify", "rules never change facts (modify)"), Map.entry("update", "rules never change facts (update)"),
            Map.entry("retract", "rules never remove facts (retract)"), Map.entry("delete", "rules never remove facts (delete)"));

    /** Names of types and members outside the allow-list that say plainly what they reach, for a clearer message. */
    static final Map<String, String> DANGEROUS_NAMES = Map.ofEntries(
            Map.entry("System", "System (process exit, environment, properties, clocks, standard streams)"),
            Map.entry("Runtime", "Runtime (processes, exit, native libraries)"), Map.entry("getRuntime", "Runtime (processes, exit)"),
            Map.entry("exit", "ending the process"), Map.entry("halt", "ending the process or the session"),
            Map.entry("exec", "processes"), Map.entry("Process", "processes"), Map.entry("ProcessBuilder", "processes"),
            Map.entry("ProcessHandle", "processes"),
            Map.entry("Thread", "threads"), Map.entry("ThreadGroup", "threads"), Map.entry("ThreadLocal", "threads"),
            Map.entry("Runnable", "threads"), Map.entry("Executors", "threads"), Map.entry("ExecutorService", "threads"),
            Map.entry("ForkJoinPool", "threads"), Map.entry("CompletableFuture", "threads"), Map.entry("Timer", "threads"),
            Map.entry("sleep", "threads"), Map.entry("start", "threads"), Map.entry("concurrent", "threads"),
            Map.entry("Class", "reflection"), Map.entry("ClassLoader", "reflection"), Map.entry("forName", "reflection"),
            Map.entry("getMethod", "reflection"), Map.entry("getDeclaredMethod", "reflection"), Map.entry("getMethods", "reflection"),
            Map.entry("getField", "reflection"), Map.entry("getDeclaredField", "reflection"), Map.entry("invoke", "reflection"),
            Map.entry("newInstance", "reflection"), Map.entry("setAccessible", "reflection"), Map.entry("getClassLoader", "reflection"),
            Map.entry("loadClass", "reflection"), Map.entry("reflect", "reflection"), Map.entry("MethodHandles", "reflection"),
            Map.entry("Proxy", "reflection"), Map.entry("ServiceLoader", "reflection"), Map.entry("Module", "reflection"),
            Map.entry("StackWalker", "reflection"), Map.entry("SecurityManager", "the security manager"),
            Map.entry("File", "files (I/O)"), Map.entry("Files", "files (I/O)"), Map.entry("Path", "files (I/O)"),
            Map.entry("Paths", "files (I/O)"), Map.entry("FileSystems", "files (I/O)"), Map.entry("io", "I/O"), Map.entry("nio", "I/O"),
            Map.entry("FileReader", "files (I/O)"), Map.entry("FileWriter", "files (I/O)"), Map.entry("FileInputStream", "files (I/O)"),
            Map.entry("FileOutputStream", "files (I/O)"), Map.entry("RandomAccessFile", "files (I/O)"), Map.entry("Scanner", "I/O"),
            Map.entry("PrintStream", "I/O"), Map.entry("out", "standard output"), Map.entry("err", "standard error"),
            Map.entry("net", "network"), Map.entry("URL", "network"), Map.entry("URI", "network"), Map.entry("Socket", "network"),
            Map.entry("ServerSocket", "network"), Map.entry("HttpClient", "network"), Map.entry("InetAddress", "network"),
            Map.entry("URLConnection", "network"), Map.entry("openConnection", "network"), Map.entry("openStream", "network"),
            Map.entry("Random", "a source of non-determinism"), Map.entry("currentTimeMillis", "clocks (non-determinism)"),
            Map.entry("nanoTime", "clocks (non-determinism)"), Map.entry("now", "clocks (non-determinism)"),
            Map.entry("Date", "clocks (non-determinism)"), Map.entry("Instant", "clocks (non-determinism)"),
            Map.entry("LocalDate", "clocks (non-determinism)"), Map.entry("Clock", "clocks (non-determinism)"),
            Map.entry("UUID", "a source of non-determinism"),
            Map.entry("getKieRuntime", "the engine's runtime"), Map.entry("getKnowledgeRuntime", "the engine's runtime"),
            Map.entry("getWorkingMemory", "the engine's working memory"), Map.entry("getKieBase", "the engine"));
}
