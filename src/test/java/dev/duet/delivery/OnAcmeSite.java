package dev.duet.delivery;

import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;

/** Base of the delivery tests: a fresh Duet on each database, holding the Acme demo site, and a CDN client for it. */
abstract class OnAcmeSite extends OnBothDatabases {

    AcmeSite site;
    CdnCalls cdn;

    @BeforeEach
    void createSite() {
        site = AcmeSite.create(app);
        cdn = new CdnCalls(app, site);
    }
}
