package org.prefcenter.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The wording of a consent version in one locale, as the person was shown it. */
@Entity
@Table(name = "pc_consent_text")
public class ConsentText {

    /** In code points; the column holds twice as many UTF-16 units, what H2 counts. */
    public static final int MAX_LENGTH = 10_000;

    @Id
    @SequenceGenerator(name = "consent_text_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_text_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_ref")
    private ConsentVersion version;

    @Column(nullable = false, length = 15)
    private String locale;

    @Column(name = "consent_text", nullable = false, length = 2 * MAX_LENGTH)
    private String text;

    protected ConsentText() {
    }

    ConsentText(ConsentVersion version, String locale, String text) {
        this.version = version;
        this.locale = locale;
        this.text = text;
    }

    public String locale() {
        return locale;
    }

    public String text() {
        return text;
    }
}
