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

/** A classification of customers (Retail, Commercial...); exactly one per client is the default. */
@Entity
@Table(name = "pc_customer_type")
public class CustomerType {

    @Id
    @SequenceGenerator(name = "customer_type_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_type_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_ref")
    private Client client;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    protected CustomerType() {
    }

    CustomerType(Client client, String name, boolean isDefault) {
        this.client = client;
        this.name = name;
        this.nameKey = CaseInsensitive.key(name);
        this.isDefault = isDefault;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public boolean isDefault() {
        return isDefault;
    }

    void clearDefault() {
        isDefault = false;
    }
}
