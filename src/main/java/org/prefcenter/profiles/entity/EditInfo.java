package org.prefcenter.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Who created and last changed a profile, and when (UTC, stored without zone, to the millisecond). */
@Embeddable
public class EditInfo {

    @Column(name = "created_by", nullable = false, length = 256)
    private String createdBy;

    @Column(name = "created_date", nullable = false)
    private LocalDateTime createdDate;

    @Column(name = "modified_by", nullable = false, length = 256)
    private String modifiedBy;

    @Column(name = "modified_date", nullable = false)
    private LocalDateTime modifiedDate;

    protected EditInfo() {
    }

    static EditInfo createdBy(String actor, Instant at) {
        EditInfo edited = new EditInfo();
        edited.createdBy = actor;
        edited.createdDate = utc(at);
        edited.modifiedBy = actor;
        edited.modifiedDate = edited.createdDate;
        return edited;
    }

    /**
     * Records a change. The date is strictly after the previous one (a millisecond later when two
     * changes share one), so that the profile's own row changes with every change of the profile,
     * and with it the version: see {@code Profiles.patch}.
     */
    void modifiedBy(String actor, Instant at) {
        modifiedBy = actor;
        LocalDateTime next = utc(at);
        modifiedDate = next.isAfter(modifiedDate) ? next : modifiedDate.plus(1, ChronoUnit.MILLIS);
    }

    /** The same, as a document's items carry it. */
    ProfileContent.Edit value() {
        return new ProfileContent.Edit(createdBy, createdDate(), modifiedBy, modifiedDate());
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdDate() {
        return createdDate.toInstant(ZoneOffset.UTC);
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    public Instant modifiedDate() {
        return modifiedDate.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }
}
