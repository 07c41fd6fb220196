package mirage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates profiles (YAML text) of 20 to 50 facts, with every trap family represented
 * somewhere and fields left out at random, from a seed: the same seed, the same profiles.
 */
public final class ProfileGenerator {

    private static final List<String> POWER = List.of("none", "information", "advisory", "co-decision", "decision", "veto");
    private static final List<String> SELECTION = List.of("elected-by-users", "drawn-by-lot", "volunteers", "coopted",
            "appointed-by-organisation", "appointed-by-authority");
    private static final List<String> CHAIR = List.of("user", "elected-official", "professional", "independent");
    private static final List<String> AGENDA = List.of("users", "elected-officials", "professionals", "shared");
    private static final List<String> CREATOR = List.of("organisation", "law", "elected-officials", "users");
    private static final List<String> REMIT = List.of("results", "satisfaction", "use-value", "daily-life", "complaints",
            "technical-specifications", "budgets", "designs");
    private static final List<String> FRAMING = List.of("users", "citizens", "clients", "co-producers", "partners",
            "co-construction", "co-managers");
    private static final List<String> ASKED = List.of("represent-users", "act-as-managers", "serve-organisation-interest",
            "speak-with-one-voice", "coproduce");
    private static final List<String> OBLIGATIONS = List.of("confidentiality", "collective-solidarity", "non-disparagement",
            "waive-complaints", "duty-of-reserve");
    private static final List<String> RIGHTS = List.of("information", "complaint", "appeal", "access-to-records", "ombudsman");
    private static final List<String> CHANNELS = List.of("elected-officials", "complaints", "ombudsman", "petition",
            "public-meeting", "media");
    private static final List<String> OUTCOME = List.of("adopted", "rejected", "ignored", "pending");
    private static final List<String> REPORTS = List.of("elected-council", "management", "users", "regulator");

    private final Random random;

    public ProfileGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Writes the profiles 0 to {@code count - 1} of this sequence into {@code dir}
     * ({@code p000000.yaml}...), skipping those already there: a folder can be grown.
     */
    public void writeFolder(Path dir, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "p%06d.yaml", i));
            if (!Files.exists(file)) {
                Files.writeString(file, next(i));
            }
        }
    }

    /** The {@code n}-th profile of this generator's sequence. */
    public String next(int n) {
        StringBuilder y = new StringBuilder("format: mirage/v1\norganisation:\n  name: Organisation " + n + "\n");
        maybe(y, "  jurisdiction: ", pick(List.of("FR", "FR-BRE", "GB", "CA-QC", "BE")));
        if (random.nextInt(40) == 0) {
            y.append("  model: community\n");
        } else {
            maybe(y, "  model: ", "public-service");
        }
        maybeList(y, "  user-rights: ", RIGHTS);
        maybe(y, "  evaluation-of-results: ", pick(List.of("none", "by-producers", "by-users", "independent")));
        int bodies = 2 + random.nextInt(4);
        y.append("bodies:\n");
        int facts = 1 + bodies;
        for (int b = 0; b < bodies; b++) {
            facts += body(y, b);
        }
        int proposals = Math.max(0, 20 - facts + random.nextInt(15));
        if (proposals > 0) {
            y.append("proposals:\n");
        }
        for (int p = 0; p < proposals; p++) {
            y.append("  - id: p").append(p).append("\n    body: b").append(random.nextInt(bodies)).append('\n');
            maybe(y, "    by: ", pick(List.of("users", "representatives", "staff")));
            maybe(y, "    outcome: ", pick(OUTCOME));
            maybe(y, "    reasons-given: ", bool());
            if (random.nextInt(5) == 0) {
                y.append("    escalated-to: elected-official\n");
                maybe(y, "    escalation-outcome: ", pick(List.of("adopted", "rejected", "pending")));
            }
        }
        int decisions = random.nextInt(3);
        if (decisions > 0) {
            y.append("decisions:\n");
        }
        for (int d = 0; d < decisions; d++) {
            y.append("  - id: d").append(d).append("\n    body: b").append(random.nextInt(bodies)).append('\n');
            maybe(y, "    made-before-consultation: ", bool());
            maybe(y, "    justified-by-body-approval: ", bool());
            maybe(y, "    justified-by-technical-constraints: ", bool());
            maybe(y, "    public-debate: ", bool());
        }
        maybeList(y, "channels: ", CHANNELS);
        return y.toString();
    }

    /** Writes one body; returns how many facts it adds besides itself. */
    private int body(StringBuilder y, int b) {
        y.append("  - id: b").append(b).append('\n');
        maybe(y, "    kind: ", pick(List.of("board", "advisory-committee", "users-committee", "council", "other")));
        maybe(y, "    created-by: ", pick(CREATOR));
        maybe(y, "    power: ", pick(POWER));
        maybe(y, "    holds-elected-powers: ", random.nextInt(10) == 0 ? "true" : "false");
        if (random.nextInt(10) == 0) {
            y.append("    elected-mandate: imperative\n");
        }
        int total = 4 + random.nextInt(16);
        int users = random.nextInt(total + 1);
        if (random.nextInt(4) > 0) {
            y.append("    seats: {users: ").append(users).append(", total: ").append(total)
                    .append(", elected-officials: ").append(random.nextInt(3)).append("}\n");
        }
        maybe(y, "    chair: ", pick(CHAIR));
        maybe(y, "    agenda-set-by: ", pick(AGENDA));
        maybe(y, "    meetings-public: ", bool());
        maybe(y, "    minutes-public: ", bool());
        maybeList(y, "    reports-to: ", REPORTS);
        maybe(y, "    answers-proposals: ", pick(List.of("none", "without-reasons", "with-reasons")));
        maybeList(y, "    remit: ", REMIT);
        maybeList(y, "    framing: ", FRAMING);
        y.append("    representatives:\n");
        maybe(y, "      selection: ", pick(SELECTION));
        maybe(y, "      mandate: ", pick(List.of("imperative", "free")));
        maybe(y, "      report-back: ", bool());
        maybe(y, "      also-producers: ", random.nextInt(6) == 0 ? "true" : "false");
        maybeList(y, "      asked-to: ", ASKED);
        maybeList(y, "      obligations: ", OBLIGATIONS);
        maybe(y, "      training: ", pick(List.of("none", "rights", "management", "technical")));
        int contributions = random.nextInt(3);
        if (contributions > 0) {
            y.append("    contributions:\n");
            for (int c = 0; c < contributions; c++) {
                y.append("      - what: task ").append(c).append('\n');
                maybe(y, "        return: ", pick(List.of("none", "influence", "compensation", "rights", "feedback")));
            }
        }
        return contributions;
    }

    private void maybe(StringBuilder y, String key, String value) {
        if (random.nextInt(5) > 0) {
            y.append(key).append(value).append('\n');
        }
    }

    private void maybeList(StringBuilder y, String key, List<String> values) {
        if (random.nextInt(4) == 0) {
            return;
        }
        StringBuilder list = new StringBuilder("[");
        for (String v : values) {
            if (random.nextInt(3) == 0) {
                list.append(list.length() > 1 ? ", " : "").append(v);
            }
        }
        y.append(key).append(list).append("]\n");
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String bool() {
        return random.nextBoolean() ? "true" : "false";
    }
}
