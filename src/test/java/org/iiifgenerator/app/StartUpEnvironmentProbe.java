package org.iiifgenerator.app;

/**
 * Run in a JVM of its own by {@link StartUpEnvironmentTest}: loads libvips as {@code main} does, on its own thread,
 * then prints whether the JDK's copy of the environment holds what libvips set in the process environment.
 */
public final class StartUpEnvironmentProbe {

    private StartUpEnvironmentProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        IiifGenerator.startLoadingLibvips().join();
        System.out.println("VIPSHOME seen by Java: " + System.getenv().containsKey("VIPSHOME"));
    }
}
