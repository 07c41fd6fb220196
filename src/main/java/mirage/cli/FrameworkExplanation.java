package mirage.cli;

import java.io.PrintWriter;
import mirage.engine.Lang;
import mirage.framework.Framework;
import mirage.framework.Identity;
import mirage.framework.LawField;
import mirage.framework.LawNote;
import mirage.framework.Phrases;
import mirage.framework.Restatement;

/** How {@code mirage explain} shows a framework: how it is recognised, and the table of what its law settles. */
final class FrameworkExplanation {

    private FrameworkExplanation() {}

    static void print(Framework f, Lang lang, PrintWriter out) {
        boolean fr = lang == Lang.FR;
        out.printf("%s — %s%n", f.id(), f.name().in(lang));
        out.printf("%s: %s · %s: %s%n%n", fr ? "juridiction" : "jurisdiction", f.jurisdiction(), fr ? "source" : "source", f.source());
        Identity id = f.identity();
        out.println(fr ? "Reconnu à :" : "Recognised by:");
        line(out, fr ? "nom, au titre ou au début" : "name, in the title or first paragraphs", id.names());
        line(out, fr ? "et, au début, l'un de" : "and, in the opening, one of", id.context());
        line(out, fr ? "sans juridiction, l'un de" : "without a jurisdiction, one of", id.proof());
        line(out, fr ? "pas si le titre ou les premiers paragraphes nomment" : "not if the title or first paragraphs name", id.lookAlikes());
        line(out, fr ? "pas si le début nomme" : "not if the opening names", id.elsewhere());
        out.println(fr ? "  ou nommé en front matter : framework: " + f.id() : "  or named in front matter: framework: " + f.id());
        out.println();
        out.printf(fr ? "Ce que la loi règle (%d champs) :%n" : "What the law settles (%d fields):%n", f.fields().size());
        int width = f.fields().stream().mapToInt(x -> x.path().length()).max().orElse(10);
        int values = f.fields().stream().mapToInt(x -> value(x).length()).max().orElse(10);
        out.printf("  %-" + width + "s  %-" + values + "s  %-9s  %s  %s%n", fr ? "champ" : "field", fr ? "valeur" : "value",
                fr ? "portée" : "binding", fr ? "sûr" : "sure", fr ? "article" : "citation");
        for (LawField field : f.fields()) {
            out.printf("  %-" + width + "s  %-" + values + "s  %-9s  %-4s  %s%n", field.path(), value(field),
                    binding(field), field.sure(), field.citation());
            StringBuilder limits = new StringBuilder();
            if (!field.alsoAllowed().isEmpty()) {
                limits.append(fr ? "Admis aussi : " : "Also allowed: ").append(String.join(", ", field.alsoAllowed())).append(". ");
            }
            if (!field.when().isEmpty()) {
                limits.append(fr ? "Seulement si le début nomme : " : "Only if the opening names: ")
                        .append(String.join(", ", field.when().phrases())).append(". ");
            }
            if (!field.unless().isEmpty()) {
                limits.append(fr ? "Sauf si le début nomme : " : "Unless the opening names: ")
                        .append(String.join(", ", field.unless().phrases())).append(". ");
            }
            if (!field.clauseNames().isEmpty()) {
                limits.append(fr ? "Écart seulement si la clause nomme : " : "Departs only if the clause names: ")
                        .append(String.join(", ", field.clauseNames().phrases())).append(". ");
            }
            if (limits.length() > 0) {
                out.println("      " + limits.toString().strip());
            }
            if (field.note() != null) {
                out.println("      " + field.note().in(lang));
            }
        }
        if (!f.restatements().isEmpty()) {
            out.println();
            out.println(fr ? "Ce que la charte redit de la loi, et qui n'est pas lu comme un fait :" : "What a charter restates of the law, and is not read as a fact:");
            for (Restatement r : f.restatements()) {
                out.println("  " + r.citation() + ": " + r.what().in(lang));
                out.println("      " + (fr ? "phrases avec : " : "sentences with: ") + String.join(", ", r.sentencesWith().phrases())
                        + (fr ? " ; ne donnent pas : " : "; do not give: ") + String.join(", ", r.drops()));
            }
        }
        if (!f.notes().isEmpty()) {
            out.println();
            out.println(fr ? "La loi règle aussi (aucun champ du format, non lu en faits) :" : "The law also sets (no field of the format, not read into facts):");
            for (LawNote note : f.notes()) {
                out.println("  " + note.citation() + " (" + note.sure() + "): " + note.what().in(lang));
            }
        }
        out.println();
        out.println((fr ? "Fichier : " : "File: ") + f.shown());
    }

    private static String value(LawField field) {
        return field.list() ? "[" + String.join(", ", field.values()) + "]" : field.value();
    }

    private static String binding(LawField field) {
        return field.binding().label();
    }

    private static void line(PrintWriter out, String label, Phrases phrases) {
        if (!phrases.isEmpty()) {
            out.println("  " + label + ": " + String.join(", ", phrases.phrases()));
        }
    }
}
