package org.prefcenter.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The customer's name; every part optional. */
@Embeddable
public class CustomerName {

    @Column(name = "name_prefix", length = 100)
    private String prefix;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "middle_name", length = 100)
    private String middleName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "name_suffix", length = 100)
    private String suffix;

    protected CustomerName() {
    }

    public CustomerName(String prefix, String firstName, String middleName, String lastName, String suffix) {
        this.prefix = prefix;
        this.firstName = firstName;
        this.middleName = middleName;
        this.lastName = lastName;
        this.suffix = suffix;
    }

    public String prefix() {
        return prefix;
    }

    public String firstName() {
        return firstName;
    }

    public String middleName() {
        return middleName;
    }

    public String lastName() {
        return lastName;
    }

    public String suffix() {
        return suffix;
    }
}
