package dev.duet.browser;

import dev.duet.content.Space;
import dev.duet.testing.TestApp;
import dev.duet.transfer.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The demo archive (Acme Cloud) imported into a test app, as {@code duet demo} does on first start. */
final class DemoSpace {

    private DemoSpace() {
    }

    static Space importInto(TestApp app) {
        try (var in = DemoSpace.class.getResourceAsStream("/demo/acme-space.json")) {
            return app.wiring.spaceImport.read(in, Progress.NONE).space();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
