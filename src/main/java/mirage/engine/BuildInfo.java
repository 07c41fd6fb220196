package mirage.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions written into the jar by the build: Mirage's and Drools'. */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {}

    public static String mirage() {
        return PROPERTIES.getProperty("version", "dev");
    }

    public static String drools() {
        return PROPERTIES.getProperty("drools.version", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/mirage/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no version file: a development build
        }
        return p;
    }
}
