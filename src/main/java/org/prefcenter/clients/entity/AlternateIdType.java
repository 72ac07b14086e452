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
import org.prefcenter.platform.rules.CaseInsensitive;

/** A kind of identifier a client gives its customers, such as a CRM id or a loyalty number. */
@Entity
@Table(name = "pc_alternate_id_type")
public class AlternateIdType {

    @Id
    @SequenceGenerator(name = "alternate_id_type_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alternate_id_type_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_ref")
    private Client client;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(length = 1000)
    private String description;

    protected AlternateIdType() {
    }

    AlternateIdType(Client client, String name, String description) {
        this.client = client;
        this.name = name;
        this.nameKey = CaseInsensitive.key(name);
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public String description() {
        return description;
    }
}
