package se.samverkan.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.audit.AuditCsv;
import se.samverkan.audit.AuditFilter;
import se.samverkan.audit.AuditTrail;
import se.samverkan.coordination.api.PageView;
import se.samverkan.shared.PageRequest;

/** The space's audit trail, for the tenant's administrators. */
@Path("spaces/{space}/audit")
@RequestScoped
public class AuditTrailResource {

  @Inject AuditTrail trail;

  @QueryParam("type") String objectType;
  @QueryParam("objectId") String objectId;
  @QueryParam("actor") String actor;
  @QueryParam("action") String action;
  @QueryParam("from") String from;
  @QueryParam("to") String to;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The trail, newest first (filters: type, objectId, actor, action, from, to as YYYY-MM-DD)")
  public PageView<AuditEventView> events(
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
    return PageView.of(trail.events(filter(), new PageRequest(page, size)), AuditEventView::of);
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(summary = "The trail as CSV, with the same filters")
  public Response export() {
    AuditFilter filter = filter();
    // refused now, while the answer can still be a 403; the rows come once it is streaming
    trail.requireAdministrator();
    StreamingOutput csv = output -> {
      var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
      AuditCsv table = new AuditCsv(writer);
      table.header();
      trail.export(filter, table::row);
      writer.flush();
    };
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
        .build();
  }

  private AuditFilter filter() {
    return AuditFilter.parse(objectType, objectId, actor, action, from, to);
  }
}
