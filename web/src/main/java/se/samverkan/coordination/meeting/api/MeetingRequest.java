package se.samverkan.coordination.meeting.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.coordination.meeting.MeetingPlan;

/**
 * A meeting's plan as the API and the planning form receive it: local times of the area
 * (e.g. {@code 2026-12-01T09:00}), a place, a link or both, and when planning, the group's own
 * agenda items (the standing items are always added). A class, not a record: Payara's OpenAPI
 * generator fails on constraints of record components.
 */
public class MeetingRequest {

  @NotNull(message = "{meeting.startsAt.required}")
  private LocalDateTime startsAt;

  @NotNull(message = "{meeting.endsAt.required}")
  private LocalDateTime endsAt;

  @Size(max = 200, message = "{text.max}")
  private String place;

  @Size(max = 500, message = "{text.max}")
  @Pattern(regexp = "https?://\\S+", message = "{meeting.link.invalid}")
  private String link;

  private List<String> agenda = new ArrayList<>();

  private Long version;

  public MeetingPlan plan() {
    return new MeetingPlan(startsAt, endsAt, place, link == null || link.isBlank() ? null : link);
  }


  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link == null || link.isBlank() ? null : link.strip();
  }

  public List<String> getAgenda() {
    return agenda;
  }

  public void setAgenda(List<String> agenda) {
    this.agenda = agenda == null ? new ArrayList<>() : agenda;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
