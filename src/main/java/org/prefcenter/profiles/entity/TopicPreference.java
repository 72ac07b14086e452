package org.prefcenter.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * A preference as stored: a topic on a channel, at one contact element (its ContactElementId) or at
 * the channel's default element (null), opted in or out. The element id is a plain value, not a
 * reference: an archived preference keeps naming an element that was removed since.
 */
@Entity
@Table(name = "pc_preference")
public class TopicPreference {

    @Id
    @SequenceGenerator(name = "preference_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "preference_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "profile_ref")
    private Profile profile;

    @Column(name = "list_index", nullable = false)
    private int listIndex;

    @Column(nullable = false, length = 100)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "element_id")
    private Long elementId;

    @Column(name = "opt_in", nullable = false)
    private boolean optIn;

    @Column(length = 50)
    private String frequency;

    @Column(name = "is_active", nullable = false)
    private boolean isActive;

    @Embedded
    private EditInfo edited;

    protected TopicPreference() {
    }

    TopicPreference(Profile profile) {
        this.profile = profile;
    }

    /** What makes two preferences the same one: topic, channel and element. */
    static String key(ProfileContent.Preference preference) {
        return CaseInsensitive.key(preference.topic()) + '\u0000' + preference.channel() + '\u0000'
                + preference.contactElementId();
    }

    String key() {
        return CaseInsensitive.key(topic) + '\u0000' + channel + '\u0000' + elementId;
    }

    /** Stamped changed by the actor now unless the validator kept its stamp (an unchanged preference). */
    void update(int index, ProfileContent.Preference preference, String actor, Instant now) {
        listIndex = index;
        topic = preference.topic();
        channel = preference.channel();
        elementId = preference.contactElementId();
        optIn = Boolean.TRUE.equals(preference.optIn());
        frequency = preference.frequency();
        isActive = preference.isActive();
        if (edited == null) {
            edited = EditInfo.createdBy(actor, now);
        } else if (preference.edited() == null) {
            edited.modifiedBy(actor, now);
        }
    }

    ProfileContent.Preference value() {
        return new ProfileContent.Preference(topic, channel, elementId, optIn, frequency, isActive, edited.value());
    }
}
