package mirage.framework;

/**
 * Why a charter is read with a framework: the name found in its naming part and, when its
 * jurisdiction was not given, the phrase that places it under that law.
 *
 * @param name  the framework's name as found ("conseil de la vie sociale"), or null when the input named the framework
 * @param proof the phrase that placed the charter under the law ("CASF"), or null when its jurisdiction did
 */
public record Recognition(Framework framework, String name, String proof) {}
