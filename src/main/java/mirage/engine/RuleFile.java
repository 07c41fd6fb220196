package mirage.engine;

/**
 * A file of a rule folder: a rule ({@code .drl}), its cases ({@code .cases.yaml}), or data
 * that rules use (a lexicon).
 *
 * @param path  its path inside the folder, with '/' ("voice-and-mandate/heard-not-heeded.drl")
 * @param shown how messages and reports name it ("rules/voice-and-mandate/heard-not-heeded.drl")
 */
public record RuleFile(String path, String shown, String text) {

    public boolean isRule() {
        return path.endsWith(".drl");
    }

    public boolean isCases() {
        return path.endsWith(".cases.yaml") || path.endsWith(".cases.yml");
    }

    /** The file name without folder and extension ("heard-not-heeded"). */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The first folder of its path ("voice-and-mandate"), or "" at the top. */
    public String family() {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
