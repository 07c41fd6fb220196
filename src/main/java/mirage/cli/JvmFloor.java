package mirage.cli;

/**
 * Does nothing and exits: started from the same jar with the same flags as an audit, it
 * measures the JVM's own start-up, the floor the benchmark compares cold audits to.
 */
public final class JvmFloor {

    private JvmFloor() {}

    public static void main(String[] args) {
        System.out.print("");
    }
}
