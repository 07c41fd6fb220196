package mirage.framework;

/**
 * How a charter shows that it belongs to a framework (frameworks.md, "Identified by"), read
 * conservatively: a wrong framework silences real traps.
 *
 * @param names      one of these must name the body in the naming part ("conseil de la vie sociale")
 * @param context    when given, one of these must be in the opening (the kind of establishment, the statute)
 * @param proof      when the charter gives no jurisdiction the framework covers, one of these must be in
 *                   the opening: phrases found under that law only ("CASF", "NHS Foundation Trust")
 * @param lookAlikes bodies that are not the framework though they sound like it («comité consultatif»,
 *                   "task and finish group"); one in the naming part rules the framework out
 * @param elsewhere  places another law governs ("Wales", « Belgique »); one in the opening rules it out
 */
public record Identity(Phrases names, Phrases context, Phrases proof, Phrases lookAlikes, Phrases elsewhere) {}
