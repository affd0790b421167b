package se.samverkan.followup.regional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantDirectory;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * The regional follow-ups. In the region's own space RUG and the secretariat read the working
 * compilation (computed from the approved reports); RUG writes its texts and publishes. Every
 * space of the area reads what was published, and only that.
 */
@Stateless
@SpaceScoped
public class RegionalFollowupService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject ApprovedInputs inputs;
  @Inject PublishedFollowups published;
  @Inject TenantDirectory directory;
  @Inject Clock clock;

  /** RUG and the secretariat, in the region's own space, read the working compilation. */
  public boolean canCompile() {
    Space space = currentSpace.get();
    return space.kind() == TenantKind.REGION && space.isHome()
        && space.caller().hasAnyRole(Role.RUG, Role.SECRETARIAT);
  }

  /** RUG writes the texts and publishes. */
  public boolean canPublish() {
    Space space = currentSpace.get();
    return space.kind() == TenantKind.REGION && space.isHome() && space.caller().hasRole(Role.RUG);
  }

  /** The working compilation, from the approved reports as they are now. */
  public Compilation compile(FollowUpYear year, Audience audience) {
    if (!canCompile()) {
      throw new AccessDeniedException("Only RUG and the secretariat, in the region's space, read the working compilation");
    }
    Texts texts = texts(year, audience);
    return compiler(year, audience).compile(audience, clock.instant(), texts.summary(), texts.priorities());
  }

  public Texts texts(FollowUpYear year, Audience audience) {
    if (!canCompile()) {
      throw new AccessDeniedException("Only RUG and the secretariat read the compilation's texts");
    }
    return find(year, audience, false).map(f -> new Texts(f.summary(), f.priorities(), f.version()))
        .orElse(Texts.NONE);
  }

  /** RUG's summary and priorities; {@code version} 0 when none were written yet. */
  public Texts writeTexts(FollowUpYear year, Audience audience, String summary, String priorities, long version) {
    requirePublisher();
    RegionalFollowup followup = lockedOrNew(year, audience, version);
    followup.write(summary, priorities, OffsetDateTime.now(clock), actor());
    em.flush();
    return new Texts(followup.summary(), followup.priorities(), followup.version());
  }

  /**
   * Freezes the compilation as it is now into a new revision that the whole area reads. The
   * version is that of the texts RUG saw, so a text changed meanwhile is not published unseen.
   */
  public Publication publish(FollowUpYear year, Audience audience, long version) {
    requirePublisher();
    RegionalFollowup followup = lockedOrNew(year, audience, version);
    Compilation compilation = compiler(year, audience).compile(audience, clock.instant(), followup.summary(),
        followup.priorities());
    if (compilation.approvedGroups() == 0) {
      throw new ConflictException("No group's report of " + year.value() + " is approved yet: nothing to publish");
    }
    int revision = ((Number) em.createNativeQuery("select coalesce(max(revision), 0) + 1"
            + " from regional_followup_publication where followup_id = ?1")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).setParameter(1, followup.id()).getSingleResult()).intValue();
    Instant at = clock.instant();
    String by = currentSpace.get().caller().displayName();
    em.createNativeQuery("insert into regional_followup_publication (tenant_id, followup_id, year, group_kind,"
            + " revision, published_at, published_by, content) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb))")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, currentSpace.get().tenant().value())
        .setParameter(2, followup.id())
        .setParameter(3, year.value())
        .setParameter(4, audience.groupKind().name())
        .setParameter(5, revision)
        .setParameter(6, OffsetDateTime.ofInstant(at, clock.getZone()))
        .setParameter(7, by)
        .setParameter(8, CompilationJson.write(compilation))
        .executeUpdate();
    return new Publication(revision, at, by, compilation);
  }

  /** The published follow-ups of the space's area (latest revision of each). */
  public List<PublicationSummary> publications() {
    return published.list(currentSpace.get().tenant());
  }

  /** A published revision (the latest when null); 404 before anything is published. */
  public Publication publication(FollowUpYear year, Audience audience, Integer revision) {
    return published.find(currentSpace.get().tenant(), year.value(), audience, revision)
        .orElseThrow(() -> new NotFoundException("Published regional follow-up",
            year.value() + "/" + audience.slug() + (revision == null ? "" : "/" + revision)));
  }

  /** What an export shows: the working compilation to its readers, else the latest publication. */
  public Compilation forExport(FollowUpYear year, Audience audience) {
    return canCompile() ? compile(year, audience) : publication(year, audience, null).compilation();
  }

  private Compiler compiler(FollowUpYear year, Audience audience) {
    Space space = currentSpace.get();
    List<Compiler.Party> parties = directory.all().stream()
        .filter(t -> space.areaId().equals(t.areaId()) && t.kind() == TenantKind.MUNICIPALITY)
        .sorted(Comparator.comparing(Tenant::name))
        .map(t -> new Compiler.Party(t.id().value(), t.name()))
        .toList();
    return new Compiler(year.value(), parties, inputs.of(space.tenant(), audience.groupKind(), year.value()));
  }

  private Optional<RegionalFollowup> find(FollowUpYear year, Audience audience, boolean lock) {
    var query = em.createQuery("select f from RegionalFollowup f where f.year = :year and f.groupKind = :kind",
            RegionalFollowup.class)
        .setParameter("year", year.value()).setParameter("kind", audience.groupKind().name());
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }

  private RegionalFollowup lockedOrNew(FollowUpYear year, Audience audience, long version) {
    Optional<RegionalFollowup> found = find(year, audience, true);
    if (found.isPresent()) {
      if (found.get().version() != version) {
        throw new StaleVersionException("Regional follow-up", year.value() + "/" + audience.slug());
      }
      return found.get();
    }
    if (version != 0) {
      throw new StaleVersionException("Regional follow-up", year.value() + "/" + audience.slug());
    }
    RegionalFollowup created = new RegionalFollowup(year.value(), audience);
    em.persist(created);
    em.flush();
    return created;
  }

  private void requirePublisher() {
    if (!canPublish()) {
      throw new AccessDeniedException("Only RUG, in the region's space, writes and publishes the regional follow-up");
    }
  }

  private String actor() {
    var caller = currentSpace.get().caller();
    return caller.email().orElse(caller.subject());
  }
}
