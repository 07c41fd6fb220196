package mirage.bench;

import java.util.Set;
import java.util.TreeSet;
import mirage.facts.AgendaSetter;
import mirage.facts.Body;
import mirage.facts.Chair;
import mirage.facts.Creator;
import mirage.facts.Dossier;
import mirage.facts.Model;
import mirage.facts.Power;
import mirage.facts.Selection;

/**
 * The structural traps of traps.md (section A) written in plain Java, as a reference for the
 * rules: a differential test holds the two to the same findings, and the benchmark compares
 * their speed. Each finding reads "trap body severity".
 */
public final class StructuralReference {

    private StructuralReference() {}

    public static Set<String> findings(Dossier dossier) {
        Set<String> found = new TreeSet<>();
        if (dossier.organisation().model() == Model.COMMUNITY) {
            return found;
        }
        for (Body b : dossier.bodies()) {
            Integer users = b.seats().users();
            Integer total = b.seats().total();
            if (users != null && total != null && users * 2 < total) {
                found.add("minority-user-seats " + b.id() + " low");
            }
            Selection s = b.representatives().selection();
            if (s == Selection.COOPTED || s == Selection.APPOINTED_BY_ORGANISATION) {
                found.add("coopted-representatives " + b.id() + " medium");
            } else if (s == Selection.VOLUNTEERS) {
                found.add("coopted-representatives " + b.id() + " low");
            }
            Power p = b.power();
            if (p == Power.NONE || p == Power.INFORMATION || p == Power.ADVISORY) {
                found.add("advisory-only " + b.id() + " low");
            }
            Integer elected = b.seats().electedOfficials();
            if (b.createdBy() == Creator.ORGANISATION && b.chair() == Chair.PROFESSIONAL
                    && b.agendaSetBy() == AgendaSetter.PROFESSIONALS && elected != null && elected == 0) {
                found.add("technocratic-capture " + b.id() + " medium");
            }
        }
        return found;
    }
}
