package mirage.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mirage.charter.CharterText.Title;
import mirage.facts.Origin;
import mirage.profile.Node.MapNode;
import mirage.profile.ProfileFormat;
import org.junit.jupiter.api.Test;

/** What a charter's silence gives is what a profile written from it may mark as silence. */
class FactTreeSilenceTest {

    @Test
    void theSilenceReadsTheFieldsAProfileCanMarkSilentOn() {
        FactTree tree = new FactTree(new MapNode(new java.util.LinkedHashMap<>(), 1, 1), new Title("Charte", 1, 1), "c");
        tree.put("power", new mirage.profile.Node.ScalarNode("advisory", 3, 1));
        Map<String, Origin> silent = tree.addSilence("c.md");
        assertEquals(new TreeSet<>(ProfileFormat.SILENT_FIELDS), new TreeSet<>(silent.keySet()));
        Set<String> lines = new TreeSet<>();
        silent.values().forEach(o -> lines.add(o.line() + ":" + o.silentOn()));
        assertEquals(5, lines.size());
    }
}
