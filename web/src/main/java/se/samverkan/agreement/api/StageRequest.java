package se.samverkan.agreement.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A step of the life cycle: {@code version} read; for a consultation also its {@code deadline}
 * and {@code recipients} (ids of the area's parties and user organisations).
 */
public class StageRequest {

  private Long version;

  private String deadline;

  private List<String> recipients = new ArrayList<>();

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }

  public List<String> getRecipients() {
    return recipients;
  }

  public void setRecipients(List<String> recipients) {
    this.recipients = recipients;
  }
}
