package se.samverkan.coordination.meeting.ui;

import static se.samverkan.platform.ui.Messages.textOr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.coordination.meeting.Meeting;
import se.samverkan.coordination.meeting.MeetingSearch;
import se.samverkan.coordination.meeting.MeetingService;
import se.samverkan.coordination.meeting.api.MeetingRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.tenancy.CurrentSpace;

/**
 * A group's meetings: the coming ones, or the past ones with a search, and for the group's
 * leaders the form to plan one. The form is the API's {@link MeetingRequest}, checked by the same
 * rules; the group's own agenda items are written one per line.
 */
@Named
@RequestScoped
public class MeetingsPage {

  static final String FORM = "plan-form";
  static final int PAGE_SIZE = 10;

  @Inject MeetingService meetings;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long groupId;
  private boolean past;
  private String query;
  private int page;
  private GroupSummary group;
  private Page<Meeting> list;

  private final MeetingRequest form = new MeetingRequest();
  private String ownItems;

  @PostConstruct
  void readAddress() {
    groupId = Pages.number("group");
    past = "past".equals(Pages.parameter("when"));
    query = Optional.ofNullable(Pages.parameter("q")).map(String::strip).orElse("");
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
  }

  public void load() throws IOException {
    try {
      getGroup();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public String plan() throws IOException {
    form.setAgenda(ownItemsAsList());
    if (!validation.validate(form, FORM)) {
      return null;
    }
    try {
      long id = meetings.plan(groupId, form.plan(), form.getAgenda()).meeting().id();
      Pages.doneThenGo("meeting.planned", space(), "meeting?group=" + groupId + "&id=" + id);
    } catch (InvalidInputException e) {
      String field = e.field().startsWith("agenda") ? "ownItems" : e.field();
      validation.fieldError(FORM, field, textOr("invalid." + field, e.getMessage()));
    } catch (AccessDeniedException e) {
      Pages.error("meeting.forbidden");
    }
    return null;
  }

  private List<String> ownItemsAsList() {
    if (ownItems == null || ownItems.isBlank()) {
      return List.of();
    }
    return Arrays.stream(ownItems.split("\\R")).filter(line -> !line.isBlank()).map(String::strip).toList();
  }

  public GroupSummary getGroup() {
    if (group == null) {
      group = coordination.group(groupId);
    }
    return group;
  }

  public Page<Meeting> getList() {
    if (list == null) {
      MeetingSearch search = new MeetingSearch(
          past ? MeetingSearch.When.PAST : MeetingSearch.When.UPCOMING, Optional.of(query));
      list = meetings.meetings(groupId, search, new PageRequest(page, PAGE_SIZE));
    }
    return list;
  }

  /** The address of this list's pages, to which the pager appends the page number. */
  public String getPageBase() {
    return "meetings?group=" + groupId + (past ? "&when=past" : "")
        + (query.isEmpty() ? "" : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
        + "&page=";
  }

  public boolean isCanLead() {
    return currentSpace.get().canLeadGroup(groupId);
  }

  public long getGroupId() {
    return groupId;
  }

  public boolean isPast() {
    return past;
  }

  public String getQuery() {
    return query;
  }

  public MeetingRequest getForm() {
    return form;
  }

  public String getOwnItems() {
    return ownItems;
  }

  public void setOwnItems(String ownItems) {
    this.ownItems = ownItems;
  }

  private String space() {
    return currentSpace.get().tenant().value();
  }
}
