package org.prefcenter.clients.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.DataType;
import org.prefcenter.platform.Settings;
import org.prefcenter.profiles.control.ChangeRecorder;
import org.prefcenter.profiles.entity.Profile;
import org.prefcenter.profiles.entity.ProfileContent;

/**
 * With the embedded default ({@code prefcenter.demo-data=true}), gives a newcomer the client DEMO,
 * its configuration and one profile, so that the README's first requests work. A production
 * database is never seeded.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String DEMO = "DEMO";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientDirectory directory;

    @PostConstruct
    void seed() {
        if (!Settings.demoData() || directory.find(DEMO).isPresent()) {
            return;
        }
        Client demo = new Client(DEMO, "en-US");
        demo.addAlternateIdType("CRM", "Customer id in the CRM");
        demo.addAlternateIdType("LoyaltyNumber", "Loyalty card number");
        demo.addCustomerType("Retail", true);
        demo.addCustomerType("Commercial", false);
        demo.addCustomField("LoyaltyTier", DataType.SELECT_LIST, List.of("Bronze", "Silver", "Gold"), 4000);
        demo.addCustomField("Newsletter", DataType.BOOLEAN, List.of(), 5);
        demo.addCustomField("BirthDate", DataType.DATE, List.of(), 30);
        demo.addCustomField("LifetimeValue", DataType.NUMERIC, List.of(), 30);
        demo.addCustomField("Notes", DataType.TEXT, List.of(), 4000);
        em.persist(demo);
        em.flush();
        ProfileContent ada = new ProfileContent(true, false, "Retail", true, true,
                new ProfileContent.Name(null, "Ada", null, "Lovelace", null), "en-GB",
                List.of(new ProfileContent.Identifier("CRM", "C-00042")),
                List.of(new ProfileContent.Field("LoyaltyTier", "Gold")));
        Profile profile = new Profile(demo.id(), ada, "demo", Instant.now());
        em.persist(profile);
        em.flush();
        ChangeRecorder.created(em, profile);
        LOG.info("seeded the demo client DEMO (prefcenter.demo-data=true)");
    }
}
