package mirage.bench;

import java.util.List;
import java.util.Random;

/**
 * Generates a long charter in French: numbered articles of ordinary procedural prose, with
 * the clauses of the essay's traps scattered through it, about 500 words a page.
 */
public final class CharterGenerator {

    private static final List<String> PROSE = List.of(
            "Le comité se réunit au moins quatre fois par an, sur convocation adressée quinze jours avant la séance.",
            "La convocation précise le lieu, la date et l'heure de la réunion ainsi que les points inscrits à l'ordre du jour.",
            "Les documents préparatoires sont joints à la convocation lorsqu'ils sont disponibles.",
            "Le secrétariat de séance est assuré par un agent du service désigné à cet effet.",
            "Un membre empêché peut donner pouvoir à un autre membre du comité, dans la limite d'un pouvoir par membre.",
            "Les frais de déplacement des membres sont remboursés selon le barème en vigueur dans la collectivité.",
            "Le comité peut entendre toute personne dont l'audition lui paraît utile à l'examen d'une question.",
            "Les séances se tiennent dans les locaux du service, accessibles aux personnes à mobilité réduite.",
            "En cas d'urgence, le président peut réunir le comité dans un délai réduit à huit jours.",
            "Les membres veillent à la bonne tenue des débats et au respect de chacun.");
    private static final List<String> CLAUSES = List.of(
            "Le comité a un rôle consultatif.",
            "Le comité comprend quinze membres, parmi lesquels quatre usagers.",
            "Les représentants des usagers sont désignés par la direction de l'établissement.",
            "La présidence est assurée par un cadre de l'établissement.",
            "Les membres sont tenus à la confidentialité des débats.",
            "Les usagers y sont associés comme partenaires et coproducteurs du service.",
            "Le comité étudie les spécifications des équipements et les budgets d'investissement.",
            "Les membres du personnel ne sont pas tenus à la confidentialité des débats.");

    private final Random random;

    public CharterGenerator(long seed) {
        this.random = new Random(seed);
    }

    public String charter(int pages) {
        StringBuilder text = new StringBuilder("# Règlement intérieur du comité consultatif des usagers\n\n");
        int words = 0;
        int article = 1;
        while (words < pages * 500) {
            text.append("## Article ").append(article++).append(" — Dispositions\n\n");
            for (int p = 0; p < 3; p++) {
                StringBuilder paragraph = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    String sentence = random.nextInt(25) == 0 ? CLAUSES.get(random.nextInt(CLAUSES.size()))
                            : PROSE.get(random.nextInt(PROSE.size()));
                    paragraph.append(sentence).append(' ');
                    words += sentence.split(" ").length;
                }
                text.append(paragraph.toString().strip()).append("\n\n");
            }
        }
        return text.toString();
    }

    public static void main(String[] args) {
        System.out.print(new CharterGenerator(11).charter(Integer.parseInt(args[0])));
    }
}
