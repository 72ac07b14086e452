package org.prefcenter.profiles.control;

import static org.prefcenter.profiles.control.ProfileJson.ALTERNATE_IDS;
import static org.prefcenter.profiles.control.ProfileJson.ALTERNATE_ID_TYPE;
import static org.prefcenter.profiles.control.ProfileJson.CUSTOMER_TYPE;
import static org.prefcenter.profiles.control.ProfileJson.CUSTOM_FIELDS;
import static org.prefcenter.profiles.control.ProfileJson.DEFAULT_LOCALE;
import static org.prefcenter.profiles.control.ProfileJson.FIELD_NAME;
import static org.prefcenter.profiles.control.ProfileJson.FIELD_VALUE;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prefcenter.clients.entity.AlternateIdType;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.CustomFieldDefinition;
import org.prefcenter.clients.entity.CustomerType;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.LocaleTags;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.entity.AlternateId;
import org.prefcenter.profiles.entity.CustomFieldValue;
import org.prefcenter.profiles.entity.ProfileContent;

/**
 * The one validation of a profile document, for a create body and for the document a JSON Patch or a
 * merge patch produced alike: its JSON read by {@link ProfileJson}, then every rule that needs the
 * client's configuration or the other profiles. Every violation is collected; names from the client's
 * configuration come back in its spelling.
 */
public final class ProfileValidator {

    /** Which profile of the client, if any, already holds an alternate id. */
    @FunctionalInterface
    public interface AlternateIdOwners {
        Long ownerOf(String type, String value);
    }

    /** The validated content, or the kind of the first violations and those violations. */
    public record Validated(ProfileContent content, Refusal.Kind kind, List<Violation> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }

        /** The refusal of a create body, naming the first violation (a patch's names its operations). */
        public Refusal refusal() {
            Violation first = violations.get(0);
            return Refusal.of(kind, "the profile is invalid: " + first.path() + " " + first.message(), violations);
        }
    }

    /** What a profile holds before its create. */
    private static final ProfileContent NOTHING = new ProfileContent(true, false, null, true, true,
            ProfileContent.Name.NONE, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    private final Client client;
    private final Long self;
    private final ProfileContent before;
    private final AlternateIdOwners owners;
    private final int maxAlternateIds;

    /**
     * @param self            the profile being patched, null at create
     * @param before          what it holds now (null at create): the contact rules compare with it
     * @param maxAlternateIds the most alternate ids a profile holds (a deployment setting)
     */
    public ProfileValidator(Client client, Long self, ProfileContent before, AlternateIdOwners owners,
            int maxAlternateIds) {
        this.client = client;
        this.self = self;
        this.before = before == null ? NOTHING : before;
        this.owners = owners;
        this.maxAlternateIds = maxAlternateIds;
    }

    /** A create body: absent members take their defaults, the client's among them. */
    public Validated create(JsonObject body) {
        return validate(body, DocumentReader.Mode.CREATE);
    }

    /** A whole document, as a patch left it. */
    public Validated patched(JsonObject document) {
        return validate(document, DocumentReader.Mode.PATCHED);
    }

    private Validated validate(JsonObject document, DocumentReader.Mode mode) {
        List<Violation> malformed = new ArrayList<>();
        ProfileContent read = ProfileJson.read(document, mode, maxAlternateIds, malformed);
        Findings found = new Findings();
        malformed.forEach(violation -> found.add(Refusal.Kind.INVALID, violation));
        ProfileContent content = read
                .withCustomerType(customerType(read.customerType(), mode, found))
                .withDefaultLocale(locale(read.defaultLocale(), found))
                .withAlternateIds(alternateIds(read.alternateIds(), found))
                .withCustomFields(customFields(read.customFields(), found));
        return found.validated(new ContactRules(client, before, Instant.now(), found).apply(content));
    }

    /** Null where the reader found none: at create the client's default, otherwise already a violation. */
    private String customerType(String name, DocumentReader.Mode mode, Findings found) {
        String path = "/" + CUSTOMER_TYPE;
        if (name == null) {
            if (mode == DocumentReader.Mode.CREATE && client.defaultCustomerType().isEmpty()) {
                found.add(Refusal.Kind.UNKNOWN_REFERENCE, path,
                        "is required: client '" + client.clientId() + "' has no default customer type");
            }
            return client.defaultCustomerType().map(CustomerType::name).orElse(null);
        }
        return client.customerType(name).map(CustomerType::name).orElseGet(() -> {
            found.add(Refusal.Kind.UNKNOWN_REFERENCE, path,
                    "unknown customer type '" + name + "' for client '" + client.clientId() + "'");
            return null;
        });
    }

    private String locale(String tag, Findings found) {
        if (tag == null) {
            return client.defaultLocale();
        }
        if (!LocaleTags.isWellFormed(tag)) {
            found.add(Refusal.Kind.INVALID, "/" + DEFAULT_LOCALE,
                    "must be a well-formed BCP 47 language tag such as en, en-US or fr-CA");
        }
        return tag;
    }

    /** The type must exist for the client; a (type, id) pair appears once and belongs to one profile. */
    private List<AlternateId.Item> alternateIds(List<AlternateId.Item> items, Findings found) {
        List<AlternateId.Item> result = new ArrayList<>(items.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            AlternateId.Item item = items.get(i);
            String path = "/" + ALTERNATE_IDS + "/" + i;
            if (item.type() == null || item.value() == null) {
                continue; // the reader said why
            }
            AlternateIdType type = client.alternateIdType(item.type()).orElse(null);
            if (type == null) {
                found.add(Refusal.Kind.UNKNOWN_REFERENCE, path + "/" + ALTERNATE_ID_TYPE, "unknown alternate id type '"
                        + item.type() + "' for client '" + client.clientId() + "'");
            } else if (!seen.add(AlternateId.key(item.type(), item.value()))) {
                found.add(Refusal.Kind.CONFLICT, path, "the alternate id " + item.type() + "/" + item.value()
                        + " appears twice in this profile");
            } else if (ownedByAnother(type.name(), item.value())) {
                found.add(Refusal.Kind.CONFLICT, path, "the alternate id " + item.type() + "/" + item.value()
                        + " already belongs to another profile of this client");
            } else {
                result.add(new AlternateId.Item(type.name(), item.value()));
            }
        }
        return result;
    }

    private boolean ownedByAnother(String type, String value) {
        Long owner = owners.ownerOf(type, value);
        return owner != null && !owner.equals(self);
    }

    /** The name must be one of the client's custom fields, once per profile; the value must suit its type. */
    private List<CustomFieldValue.Item> customFields(List<CustomFieldValue.Item> items, Findings found) {
        List<CustomFieldValue.Item> result = new ArrayList<>(items.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            CustomFieldValue.Item item = items.get(i);
            String path = "/" + CUSTOM_FIELDS + "/" + i;
            if (item.name() == null) {
                continue; // the reader said why
            }
            CustomFieldDefinition definition = client.customField(item.name()).orElse(null);
            String problem = definition == null || item.value() == null ? null
                    : CustomFieldValues.problemWith(definition, item.value());
            if (definition == null) {
                found.add(Refusal.Kind.UNKNOWN_REFERENCE, path + "/" + FIELD_NAME, "unknown custom field '"
                        + item.name() + "' for client '" + client.clientId() + "'");
            } else if (!seen.add(CaseInsensitive.key(item.name()))) {
                found.add(Refusal.Kind.CONFLICT, path + "/" + FIELD_NAME, "the custom field '" + item.name()
                        + "' appears twice in this profile");
            } else if (problem != null) {
                found.add(Refusal.Kind.INVALID, path + "/" + FIELD_VALUE, problem);
            } else {
                result.add(new CustomFieldValue.Item(definition.name(), item.value()));
            }
        }
        return result;
    }
}
