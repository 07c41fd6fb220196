package mirage.facts;

import java.io.Serializable;
import java.util.Set;

/** The organisation a dossier describes; a field not given is null (unknown). */
public record Organisation(
        String name,
        String jurisdiction,
        String sector,
        Model model,
        Set<UserRight> userRights,
        Evaluation evaluationOfResults,
        Set<Channel> channels,
        Origins origins) implements Serializable {

    /** Where a field was read ("evaluation-of-results", "channels"...). */
    public Origin at(String field) {
        return origins.at(field);
    }
}
