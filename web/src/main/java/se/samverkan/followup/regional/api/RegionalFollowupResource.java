package se.samverkan.followup.regional.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.followup.regional.Audience;
import se.samverkan.followup.regional.Compilation;
import se.samverkan.followup.regional.Publication;
import se.samverkan.followup.regional.RegionalFollowupService;
import se.samverkan.followup.regional.Texts;
import se.samverkan.followup.regional.api.RegionalFollowupViews.PublicationView;
import se.samverkan.followup.regional.api.RegionalFollowupViews.PublishedItem;
import se.samverkan.followup.regional.api.RegionalFollowupViews.TextsView;
import se.samverkan.followup.regional.api.RegionalFollowupViews.WorkingView;
import se.samverkan.shared.FollowUpYear;

/**
 * The regional follow-ups per year and target group ({@code children}: every SSGB of the area,
 * {@code adults}: every SSGV). RUG and the secretariat read the working compilation in the
 * region's space; RUG writes its texts and publishes; every space of the area reads what was
 * published.
 */
@Path("spaces/{space}/regional-followups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionalFollowupResource {

  static final String AUDIENCE = "{audience: children|adults}";

  @Inject RegionalFollowupService followups;

  @GET
  @Operation(summary = "The published regional follow-ups of the space's area (the latest revision of each)")
  public List<PublishedItem> published() {
    return followups.publications().stream().map(PublishedItem::of).toList();
  }

  @GET
  @Path("{year}/" + AUDIENCE)
  @Operation(summary = "RUG's working compilation of the approved reports, with the version of its texts")
  public WorkingView working(@PathParam("year") String year, @PathParam("audience") String audience) {
    FollowUpYear y = FollowUpYear.parse(year);
    Audience a = audience(audience);
    return new WorkingView(followups.compile(y, a), followups.texts(y, a).version());
  }

  @PUT
  @Path("{year}/" + AUDIENCE)
  @Operation(summary = "RUG writes the summary and the regional priorities for next year")
  public TextsView write(@PathParam("year") String year, @PathParam("audience") String audience,
      @NotNull @Valid TextsRequest request) {
    Texts texts = followups.writeTexts(FollowUpYear.parse(year), audience(audience), request.getSummary(),
        request.getPriorities(), request.getVersion());
    return new TextsView(texts.summary(), texts.priorities(), texts.version());
  }

  @POST
  @Path("{year}/" + AUDIENCE + "/publications")
  @Operation(summary = "RUG publishes the compilation as it is now: a frozen revision the whole area reads")
  public Response publish(@PathParam("year") String year, @PathParam("audience") String audience,
      @NotNull @Valid PublishRequest request, @Context UriInfo uri) {
    Publication publication = followups.publish(FollowUpYear.parse(year), audience(audience), request.getVersion());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(publication.revision())).build())
        .entity(PublicationView.of(publication)).build();
  }

  @GET
  @Path("{year}/" + AUDIENCE + "/published")
  @Operation(summary = "The latest published revision")
  public PublicationView latest(@PathParam("year") String year, @PathParam("audience") String audience) {
    return PublicationView.of(followups.publication(FollowUpYear.parse(year), audience(audience), null));
  }

  @GET
  @Path("{year}/" + AUDIENCE + "/publications/{revision}")
  @Operation(summary = "A published revision")
  public PublicationView revision(@PathParam("year") String year, @PathParam("audience") String audience,
      @PathParam("revision") int revision) {
    return PublicationView.of(followups.publication(FollowUpYear.parse(year), audience(audience), revision));
  }

  @GET
  @Path("{year}/" + AUDIENCE + "/export/{format: pdf|xlsx|csv}")
  @Produces({"application/pdf", Exports.XLSX, Exports.CSV})
  @Operation(summary = "The compilation as PDF, XLSX or CSV: RUG and the secretariat get the working one, "
      + "everyone else the latest publication")
  public Response export(@PathParam("year") String year, @PathParam("audience") String audience,
      @PathParam("format") String format) {
    Audience a = audience(audience);
    Compilation compilation = followups.forExport(FollowUpYear.parse(year), a);
    Exports.File file = Exports.of(compilation, format, followups.canCompile());
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .build();
  }

  static Audience audience(String slug) {
    return Audience.ofSlug(slug).orElseThrow(NotFoundException::new);
  }
}
