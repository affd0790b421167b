package se.samverkan.tenancy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user organisation of an area: takes part by invitation, owns no data. Reference data. */
@Entity
@Table(name = "user_organisation")
@Cacheable
public class UserOrganisation {

  @Id private String id;

  @Column(name = "area_id", nullable = false)
  private String areaId;

  @Column(nullable = false)
  private String name;

  protected UserOrganisation() {}

  public String id() {
    return id;
  }

  public String areaId() {
    return areaId;
  }

  public String name() {
    return name;
  }
}
