package org.prefcenter.clients.entity;

import jakarta.persistence.Column;
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
import org.prefcenter.platform.rules.CaseInsensitive;

/** A kind of contact element of one channel (Personal and Work emails, a Mobile phone, a Home address). */
@Entity
@Table(name = "pc_contact_type")
public class ContactType {

    @Id
    @SequenceGenerator(name = "contact_type_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_type_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_ref")
    private Client client;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    protected ContactType() {
    }

    ContactType(Client client, String name, Channel channel) {
        this.client = client;
        this.name = name;
        this.nameKey = CaseInsensitive.key(name);
        this.channel = channel;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public Channel channel() {
        return channel;
    }
}
