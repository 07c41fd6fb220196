package mirage.charter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence is about: the words before its first verb, and whether they name other
 * people (staff, the director) rather than the body, its members or the users. A clause
 * binding the director binds no representative.
 */
final class Subjects {

    private static final Pattern VERB_FR = Pattern.compile("(?<![\\p{L}'-])(?:(?:est|sont|sera|seront|soit|soient|doit|doivent|devra|devront|peut|peuvent|pourra|"
            + "a|ont|aura|auront|s'engag(?:e|ent)|exerc(?:e|ent)|assur(?:e|ent)|veill(?:e|ent)|rend|rendent|fait|font|dispos(?:e|ent)|particip(?:e|ent)|sièg(?:e|ent)|"
            + "se réunit|se réunissent|délibèr(?:e|ent)|décid(?:e|ent)|donn(?:e|ent)|émett(?:e|ent)|émet|transmet|transmettent|communiqu(?:e|ent)|reçoit|reçoivent|"
            + "répond|répondent|désign(?:e|ent)|nomm(?:e|ent)|élis(?:e|ent)|élit|fix(?:e|ent)|arrêt(?:e|ent)|établissent|établit|prépar(?:e|ent)|inform(?:e|ent)|"
            + "ne)(?![\\p{L}-])|n')");
    private static final Pattern VERB_EN = Pattern.compile("\\b(is|are|was|were|be|shall|must|may|will|can|should|has|have|does|do|"
            + "acts?|decides?|reports?|agrees?|undertakes?|keeps?|meets?|sets?|appoints?|elects?|selects?|receives?|responds?|"
            + "gives?|advises?|holds?|not)\\b");
    private static final Pattern OTHERS = Pattern.compile("\\b(membres? du personnel|staff members?|members? of staff|personnel|agents?|salariés?|"
            + "employés?|directeur|directrice|direction|dirigeants?|cadres?|administration|fonctionnaires?|professionnels?|médecins?|"
            + "soignants?|équipes?|staff|employees?|officers?|directors?|chief|executives?|managers?|management|professionals?|"
            + "clinicians?|secretariat|secrétariat|la mairie|l'établissement|the trust|the organisation|l'organisme|l'office)\\b");
    private static final Pattern STAFF_MEMBERS = Pattern.compile("\\b(membres? du personnel|staff members?|members? of staff)\\b");
    private static final Pattern MEMBERS = Pattern.compile("\\b(membres?|usagers?|représentants?|locataires?|parents?|résidents?|habitants?|"
            + "bénévoles?|patients?|familles?|comité|commission|conseil|instance|members?|users?|representatives?|tenants?|residents?|"
            + "carers?|committee|board|forum|council|panel|assembly|assemblée|elle|il|ils|elles|it|they)\\b");

    private Subjects() {}

    /** The words before the first verb, or the whole sentence when none is found. */
    static String subjectOf(String lower, String lang) {
        Matcher verb = ("fr".equals(lang) ? VERB_FR : VERB_EN).matcher(lower);
        return verb.find() ? lower.substring(0, verb.start()).strip() : lower;
    }

    static boolean aboutOthers(String subject) {
        if (STAFF_MEMBERS.matcher(subject).find()) {
            return true;
        }
        return OTHERS.matcher(subject).find() && !MEMBERS.matcher(subject).find();
    }
}
