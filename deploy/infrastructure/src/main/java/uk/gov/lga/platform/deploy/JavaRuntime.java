package uk.gov.lga.platform.deploy;

import java.nio.file.Path;

/** The JDK this JVM runs on: the one the scripts chose (21+), reused for every child JVM. */
public final class JavaRuntime {

    private JavaRuntime() {
    }

    public static String javaHome() {
        return System.getProperty("java.home");
    }

    public static String javaExecutable() {
        return Path.of(javaHome(), "bin", "java").toString();
    }
}
