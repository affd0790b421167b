package se.samverkan.tenancy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.samverkan.tenants.TenantKind;

/** A party of a collaboration area. Reference data: provisioned from the area files, read-only here. */
@Entity
@Table(name = "tenant")
@Cacheable
public class Tenant {

  @Id private String id;

  @Column(name = "area_id", nullable = false)
  private String areaId;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantKind kind;

  protected Tenant() {}

  public TenantId id() {
    return new TenantId(id);
  }

  public String areaId() {
    return areaId;
  }

  public String name() {
    return name;
  }

  public TenantKind kind() {
    return kind;
  }
}
