package org.prefcenter.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.ConsentType;
import org.prefcenter.clients.entity.DataType;
import org.prefcenter.platform.config.Settings;
import org.prefcenter.profiles.control.ProfileCreation;

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
    private static final String PROFILE = "/demo/profile.json";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientDirectory directory;

    @Inject
    ProfileCreation creation;

    @Inject
    Settings settings;

    @PostConstruct
    void seed() {
        if (!settings.demoData() || directory.find(DEMO).isPresent()) {
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
        demo.addContactType("Personal", Channel.EMAIL);
        demo.addContactType("Work", Channel.EMAIL);
        demo.addContactType("Mobile", Channel.PHONE);
        demo.addContactType("Home", Channel.ADDRESS);
        ConsentType marketing = demo.addConsentType("MarketingEmail", Channel.EMAIL, "Marketing by email");
        marketing.addVersion(1, Instant.parse("2026-01-01T00:00:00Z"), 730,
                Map.of("en-GB", "I agree to receive offers and news by email."));
        demo.addConsentType("MarketingSms", Channel.PHONE, "Marketing by text message")
                .addVersion(1, Instant.parse("2026-01-01T00:00:00Z"), 365,
                        Map.of("en-GB", "I agree to receive offers by text message."));
        demo.addConsentType("Terms", null, "Terms of service")
                .addVersion(1, Instant.parse("2026-01-01T00:00:00Z"), null, Map.of("en-GB", "I accept the terms."));
        demo.addPreferenceTopic("Newsletter", Set.of(Channel.EMAIL), List.of("Weekly", "Monthly"), marketing, false, false);
        demo.addPreferenceTopic("ServiceAlerts", Set.of(Channel.EMAIL, Channel.PHONE), List.of(), null, false, true);
        em.persist(demo);
        em.flush();
        // created as the API creates a profile: the document's own rules and defaults, history, event
        creation.create(demo, "demo", demoProfile());
        LOG.info("seeded the demo client DEMO (prefcenter.demo-data=true)");
    }

    private static JsonObject demoProfile() {
        try (JsonReader reader = Json.createReader(DemoData.class.getResourceAsStream(PROFILE))) {
            return reader.readObject();
        }
    }
}
