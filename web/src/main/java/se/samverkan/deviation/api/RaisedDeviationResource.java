package se.samverkan.deviation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.coordination.api.PageView;
import se.samverkan.deviation.RaisedToRug;
import se.samverkan.shared.PageRequest;

/** RUG's list of deviations the groups of its area raised: the region's own snapshots only. */
@Path("spaces/{space}/raised-deviations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RaisedDeviationResource {

  @Inject RaisedToRug raised;

  @GET
  @Operation(summary = "Deviations raised to RUG by the area's groups, latest first (RUG, in the region's space)")
  public PageView<RaisedDeviationView> list(
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    return PageView.of(raised.raised(new PageRequest(page, size)), RaisedDeviationView::of);
  }

  @GET
  @Path("{id}")
  public RaisedDeviationView one(@PathParam("id") long id) {
    return RaisedDeviationView.of(raised.one(id));
  }
}
