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
import java.util.Arrays;
import java.util.List;
import org.prefcenter.platform.rules.CaseInsensitive;

/** A custom field a client defines for its profiles: its name, type and, for SelectList, options. */
@Entity
@Table(name = "pc_custom_field_definition")
public class CustomFieldDefinition {

    /** Stored options are joined by a line feed, which an option may not contain. */
    private static final String OPTION_SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "custom_field_definition_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_definition_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_ref")
    private Client client;

    @Column(nullable = false, length = 94)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_type", nullable = false, length = 16)
    private DataType dataType;

    @Column(name = "select_options", length = 4000)
    private String options;

    @Column(name = "max_length", nullable = false)
    private int maxLength;

    protected CustomFieldDefinition() {
    }

    CustomFieldDefinition(Client client, String name, DataType dataType, List<String> options, int maxLength) {
        this.client = client;
        this.name = name;
        this.nameKey = CaseInsensitive.key(name);
        this.dataType = dataType;
        this.options = options.isEmpty() ? null : String.join(OPTION_SEPARATOR, options);
        this.maxLength = maxLength;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public DataType dataType() {
        return dataType;
    }

    public List<String> options() {
        return options == null ? List.of() : Arrays.asList(options.split(OPTION_SEPARATOR));
    }

    public int maxLength() {
        return maxLength;
    }
}
