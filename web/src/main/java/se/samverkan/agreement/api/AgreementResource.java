package se.samverkan.agreement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.agreement.AgreementPdf;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementService.ItemKind;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.SearchHit;
import se.samverkan.agreement.VersionSummary;
import se.samverkan.shared.InvalidInputException;

/**
 * The area's agreements, read in any space of the area (the region's drafts only by its
 * secretariat and RUG). Versions are named by their number. The space is entered before this runs.
 */
@Path("spaces/{space}/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

  private static final String VERSION = "{id}/versions/{number}";

  @Inject AgreementService agreements;
  @Inject AgreementPdf pdf;

  @PathParam("space")
  String space;

  @GET
  @Operation(summary = "The area's agreements with the versions the caller may read")
  public List<Views.AgreementView> list() {
    return agreements.agreements().stream().map(Views.AgreementView::of).toList();
  }

  @POST
  @Operation(summary = "The region's secretariat or RUG starts an agreement; its version 1 is a draft")
  public Response create(@NotNull @Valid AgreementRequest request, @Context UriInfo uri) {
    if (request.getTitle() == null || request.getTitle().isBlank()) {
      throw new InvalidInputException("title", "the agreement needs a title");
    }
    AgreementSummary created = agreements.create(request.getTitle(), request.versionDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(Views.AgreementView.of(created))
        .build();
  }

  @GET
  @Path("search")
  @Operation(summary = "Swedish full-text search in the sections the caller may read")
  public List<SearchHit> search(@QueryParam("q") String query) {
    if (query == null || query.isBlank()) {
      throw new InvalidInputException("q", "write what to search for");
    }
    return agreements.search(query);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One agreement and its versions")
  public Views.AgreementView agreement(@PathParam("id") long id) {
    return Views.AgreementView.of(agreements.agreement(id));
  }

  @POST
  @Path("{id}/versions")
  @Operation(summary = "Start the next version as a draft copy of the one in force (409 if none, or one is unfinished)")
  public Response newVersion(@PathParam("id") long id, @Context UriInfo uri) {
    VersionSummary created = agreements.newVersion(id);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.number())).build())
        .entity(Views.VersionView.of(created))
        .build();
  }

  @GET
  @Path(VERSION)
  @Operation(summary = "A version: sections (body and safe html), terms, documents, matrix, recipients, adoption, answers")
  public Views.ContentView version(@PathParam("id") long id, @PathParam("number") int number) {
    return Views.ContentView.of(agreements.content(id, number));
  }

  @GET
  @Path(VERSION + "/pdf")
  @Produces("application/pdf")
  @Operation(summary = "A version as PDF")
  public Response versionPdf(@PathParam("id") long id, @PathParam("number") int number) {
    byte[] document = pdf.of(agreements.content(id, number));
    return Response.ok(document, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"agreement-" + id + "-v" + number + ".pdf\"")
        .build();
  }

  @PUT
  @Path(VERSION)
  @Operation(summary = "Describe a draft: validity, revised by, change summary; 'version' required, else 409")
  public Views.VersionView describe(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull @Valid AgreementRequest request) {
    long expected = Dates.version(request.getVersion());
    return Views.VersionView.of(agreements.describe(id, number, request.versionDetails(), expected));
  }

  @POST
  @Path(VERSION + "/sections")
  @Operation(summary = "Add a section at the end of a draft")
  public Response addSection(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull @Valid SectionRequest request, @Context UriInfo uri) {
    var section = agreements.addSection(id, number, request.getHeading(), request.getBody());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(section.id())).build())
        .entity(Views.SectionView.of(section))
        .build();
  }

  @PUT
  @Path(VERSION + "/sections/{sectionId}")
  @Operation(summary = "Rewrite one section of a draft; 'version' of the section required, a stale one is 409")
  public Views.SectionView rewriteSection(@PathParam("id") long id, @PathParam("number") int number,
      @PathParam("sectionId") long sectionId, @NotNull @Valid SectionRequest request) {
    long expected = Dates.version(request.getVersion());
    return Views.SectionView.of(
        agreements.rewriteSection(id, number, sectionId, request.getHeading(), request.getBody(), expected));
  }

  @DELETE
  @Path(VERSION + "/sections/{sectionId}")
  @Operation(summary = "Remove a section of a draft; ?version= of the section required")
  public Response removeSection(@PathParam("id") long id, @PathParam("number") int number,
      @PathParam("sectionId") long sectionId, @QueryParam("version") Long version) {
    agreements.removeSection(id, number, sectionId, Dates.version(version));
    return Response.noContent().build();
  }

  @POST
  @Path(VERSION + "/terms")
  @Operation(summary = "Add a definition or abbreviation to a draft (term, meaning)")
  public Response addTerm(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull @Valid ItemRequest request) {
    return Response.status(201).entity(agreements.addTerm(id, number, orBlank(request.getTerm()),
        orBlank(request.getMeaning()))).build();
  }

  @POST
  @Path(VERSION + "/documents")
  @Operation(summary = "Add a related document to a draft (title, url)")
  public Response addDocument(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull @Valid ItemRequest request) {
    return Response.status(201).entity(agreements.addDocument(id, number, orBlank(request.getTitle()),
        orBlank(request.getUrl()))).build();
  }

  @POST
  @Path(VERSION + "/responsibilities")
  @Operation(summary = "Add a row to a draft's responsibility matrix (targetGroup, regionPart, municipalityPart)")
  public Response addResponsibility(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull @Valid ItemRequest request) {
    return Response.status(201).entity(agreements.addResponsibility(id, number, orBlank(request.getTargetGroup()),
        orBlank(request.getRegionPart()), orBlank(request.getMunicipalityPart()))).build();
  }

  @DELETE
  @Path(VERSION + "/{kind: terms|documents|responsibilities}/{itemId}")
  @Operation(summary = "Remove a term, document or matrix row of a draft")
  public Response removeItem(@PathParam("id") long id, @PathParam("number") int number,
      @PathParam("kind") String kind, @PathParam("itemId") long itemId) {
    ItemKind item = switch (kind) {
      case "terms" -> ItemKind.TERM;
      case "documents" -> ItemKind.DOCUMENT;
      default -> ItemKind.RESPONSIBILITY;
    };
    agreements.removeItem(id, number, item, itemId);
    return Response.noContent().build();
  }

  @POST
  @Path(VERSION + "/consultation")
  @Operation(summary = "Send a draft for consultation (deadline, recipients); anything but a draft is 409")
  public Views.VersionView consult(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull StageRequest request) {
    long expected = Dates.version(request.getVersion());
    return Views.VersionView.of(agreements.startConsultation(id, number, Dates.parse("deadline", request.getDeadline()),
        request.getRecipients() == null ? List.of() : request.getRecipients(), expected));
  }

  @POST
  @Path(VERSION + "/decision-stage")
  @Operation(summary = "Close the consultation: the version goes to the councils; anything but consultation is 409")
  public Views.VersionView toDecision(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull StageRequest request) {
    return Views.VersionView.of(agreements.toDecision(id, number, Dates.version(request.getVersion())));
  }

  @PUT
  @Path(VERSION + "/answer")
  @Operation(summary = "The caller's consultation answer (the party's, or an observer's organisation's); submit sends it")
  public Views.AnswerView answer(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull @Valid AnswerRequest request) {
    return Views.AnswerView.of(
        agreements.answer(id, number, request.getBody(), request.isSubmit(), request.getVersion()));
  }

  @PUT
  @Path(VERSION + "/decision")
  @Operation(summary = "The space's party records its council's decision on a version in the decision stage")
  public Views.DecisionView decide(@PathParam("id") long id, @PathParam("number") int number,
      @NotNull @Valid DecisionRequest request) {
    return Views.DecisionView.of(agreements.decide(id, number, request.details(), request.getVersion()));
  }

  @GET
  @Path("{id}/compare")
  @Operation(summary = "Two versions side by side: the change log section by section with a word-level diff")
  public Views.ComparisonView compare(@PathParam("id") long id, @QueryParam("from") Integer from,
      @QueryParam("to") Integer to) {
    if (from == null) {
      throw new InvalidInputException("from", "name the earlier version's number");
    }
    if (to == null) {
      throw new InvalidInputException("to", "name the later version's number");
    }
    return Views.ComparisonView.of(agreements.compare(id, from, to));
  }

  private static String orBlank(String text) {
    return text == null ? "" : text;
  }
}
