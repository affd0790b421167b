package se.samverkan.coordination.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupSummary;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/** The space's coordination groups, a page at a time. */
@Named
@RequestScoped
public class GroupsPage {

  static final int PAGE_SIZE = 20;

  @Inject CoordinationService coordination;

  private int page;
  private Page<GroupSummary> groups;

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public Page<GroupSummary> getGroups() {
    if (groups == null) {
      groups = coordination.groups(new PageRequest(page, PAGE_SIZE));
    }
    return groups;
  }
}
