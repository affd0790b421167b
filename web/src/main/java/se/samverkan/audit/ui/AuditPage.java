package se.samverkan.audit.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditEvent;
import se.samverkan.audit.AuditFilter;
import se.samverkan.audit.AuditTrail;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * The space's audit trail for its administrators: filtered by the address (a GET form, so a
 * filtered view can be bookmarked and its CSV downloaded with the same filters), newest first.
 */
@Named
@RequestScoped
public class AuditPage {

  static final int PAGE_SIZE = 25;
  static final List<String> FILTERS = List.of("type", "objectId", "actor", "action", "from", "to");

  @Inject AuditTrail trail;

  private int page;
  private AuditFilter filter = AuditFilter.everything();
  private Optional<InvalidInputException> invalid = Optional.empty();
  private Page<AuditEvent> list;

  @PostConstruct
  void readAddress() {
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
    try {
      filter = AuditFilter.parse(Pages.parameter("type"), Pages.parameter("objectId"),
          Pages.parameter("actor"), Pages.parameter("action"), Pages.parameter("from"), Pages.parameter("to"));
    } catch (InvalidInputException e) {
      invalid = Optional.of(e);
    }
  }

  public void load() throws IOException {
    try {
      trail.requireAdministrator();
    } catch (AccessDeniedException e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public Page<AuditEvent> getList() {
    if (list == null) {
      list = trail.events(filter, new PageRequest(page, PAGE_SIZE));
    }
    return list;
  }

  /** The field whose value could not be read, shown beside it; the list is then unfiltered. */
  public String getInvalidField() {
    return invalid.map(InvalidInputException::field).orElse("");
  }

  public List<AuditAction> getActions() {
    return Arrays.asList(AuditAction.values());
  }

  public String value(String name) {
    return Optional.ofNullable(Pages.parameter(name)).orElse("");
  }

  /** The filters of this view as a query string, for the pager and the download. */
  public String getQuery() {
    StringBuilder query = new StringBuilder();
    for (String name : FILTERS) {
      String value = value(name);
      if (!value.isBlank() && !name.equals(getInvalidField())) {
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
      }
    }
    return query.toString();
  }
}
