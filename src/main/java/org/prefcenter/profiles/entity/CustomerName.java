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

    public String prefix() {
        return prefix;
    }

    public void prefix(String value) {
        prefix = value;
    }

    public String firstName() {
        return firstName;
    }

    public void firstName(String value) {
        firstName = value;
    }

    public String middleName() {
        return middleName;
    }

    public void middleName(String value) {
        middleName = value;
    }

    public String lastName() {
        return lastName;
    }

    public void lastName(String value) {
        lastName = value;
    }

    public String suffix() {
        return suffix;
    }

    public void suffix(String value) {
        suffix = value;
    }
}
