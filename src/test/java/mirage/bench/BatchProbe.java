package mirage.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mirage.audit.InputReader;
import mirage.engine.Auditor;
import mirage.engine.CacheFolders;
import mirage.engine.RuleBase;
import mirage.engine.RuleFolder;
import mirage.facts.Dossier;
import mirage.input.SourceText;

/** In-process: how long reading and auditing take per profile, warm. */
public final class BatchProbe {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        RuleBase rules = RuleBase.load(List.of(RuleFolder.builtIn()), CacheFolders.standard());
        Auditor auditor = new Auditor(rules, false, LocalDate.of(2026, 1, 1));
        InputReader reader = InputReader.of(rules);
        ProfileGenerator g = new ProfileGenerator(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(g.next(i));
        }
        for (int round = 0; round < 12; round++) {
            long t0 = System.nanoTime();
            List<Dossier> dossiers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                dossiers.add(reader.read(new SourceText("g" + i + ".yaml", texts.get(i)), Path.of(".")));
            }
            long t1 = System.nanoTime();
            int findings = 0;
            for (Dossier d : dossiers) {
                findings += auditor.audit(d).findings().size();
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: read %.0f/s, audit %.0f/s (%d findings)%n", round,
                    n / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9), findings);
        }
    }
}
