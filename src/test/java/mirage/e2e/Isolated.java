package mirage.e2e;

import java.io.FilePermission;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import mirage.cli.Main;

/**
 * Runs the command line under a security manager that only watches: it refuses, and
 * reports on standard error with "ISOLATION:", any network connection, any process started,
 * and any file written or deleted outside the folders given in {@code mirage.isolation.writable}
 * (the requested outputs and the cache folder). Java 17 to 23 only (run with
 * {@code -Djava.security.manager=allow}).
 */
public final class Isolated {

    private Isolated() {}

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        List<Path> writable = new ArrayList<>();
        for (String dir : System.getProperty("mirage.isolation.writable", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                writable.add(Path.of(dir).toAbsolutePath().normalize());
            }
        }
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission p) {
                if (p instanceof SocketPermission) {
                    violation("network: " + p.getName() + " " + p.getActions());
                }
                if (p instanceof FilePermission) {
                    String actions = p.getActions();
                    if (actions.contains("execute")) {
                        violation("process: " + p.getName());
                    }
                    if ((actions.contains("write") || actions.contains("delete")) && !inside(p.getName())) {
                        violation("write outside the outputs and the cache: " + p.getName() + " (" + actions + ")");
                    }
                }
                if (p instanceof RuntimePermission && p.getName().equals("setSecurityManager")) {
                    violation("security manager replaced");
                }
            }

            @Override
            public void checkPermission(Permission p, Object context) {
                checkPermission(p);
            }

            private boolean inside(String name) {
                Path path = Path.of(name).toAbsolutePath().normalize();
                // The zip file system asks whether the jar is writable, to open it read-only: a question, not a write.
                return writable.stream().anyMatch(path::startsWith) || path.toString().endsWith("mirage.jar");
            }

            private void violation(String what) {
                System.err.println("ISOLATION: " + what);
                throw new SecurityException(what);
            }
        });
        System.exit(Main.commandLine(System.in).execute(args));
    }
}
