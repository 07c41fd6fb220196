package mirage.facts;

/** Something users give to the service through a body ({@code contributions[]}). */
public record Contribution(String body, int index, String what, Reward returned, Origins origins) {

    public Origin at(String field) {
        return origins.at(field);
    }
}
