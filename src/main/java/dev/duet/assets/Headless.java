package dev.duet.assets;

/** The image code uses java.awt; a server has no display, so AWT must run headless before any of it loads. */
final class Headless {

    private Headless() {
    }

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }
}
