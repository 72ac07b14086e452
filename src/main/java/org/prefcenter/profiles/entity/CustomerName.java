package org.prefcenter.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The customer's name as stored; {@link ProfileContent.Name} is its value. */
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

    CustomerName(ProfileContent.Name name) {
        prefix = name.prefix();
        firstName = name.firstName();
        middleName = name.middleName();
        lastName = name.lastName();
        suffix = name.suffix();
    }

    ProfileContent.Name value() {
        return new ProfileContent.Name(prefix, firstName, middleName, lastName, suffix);
    }
}
