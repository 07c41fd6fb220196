package mirage.facts;

/** A decision a body was consulted on ({@code decisions[]}). */
public record Decision(
        String id,
        String body,
        Boolean madeBeforeConsultation,
        Boolean justifiedByBodyApproval,
        Boolean justifiedByTechnicalConstraints,
        Boolean publicDebate,
        Origins origins) {

    public Origin at(String field) {
        return origins.at(field);
    }
}
