package se.samverkan.coordination.meeting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.coordination.meeting.Attendance;
import se.samverkan.shared.InvalidInputException;

/** Who attended a meeting: one entry per member; {@code version} is the meeting's. */
public class AttendanceRequest {

  @Valid private List<Entry> attendance = new ArrayList<>();

  @NotNull(message = "{version.required}")
  private Long version;

  /** Member id to attendance; a member named twice is refused. */
  public Map<Long, Attendance> byMember() {
    Map<Long, Attendance> byMember = new LinkedHashMap<>();
    for (Entry entry : attendance) {
      if (entry.memberId == null) {
        throw new InvalidInputException("attendance", "each entry names a member (memberId)");
      }
      if (byMember.put(entry.memberId, Attendance.valueOf(entry.attendance)) != null) {
        throw new InvalidInputException("attendance", "member " + entry.memberId + " is named twice");
      }
    }
    return byMember;
  }

  public List<Entry> getAttendance() {
    return attendance;
  }

  public void setAttendance(List<Entry> attendance) {
    this.attendance = attendance == null ? new ArrayList<>() : attendance;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  /** One member's attendance. */
  public static class Entry {

    private Long memberId;

    @NotNull(message = "{attendance.required}")
    @Pattern(regexp = "PRESENT|ABSENT|EXCUSED", message = "{attendance.required}")
    private String attendance;

    public Long getMemberId() {
      return memberId;
    }

    public void setMemberId(Long memberId) {
      this.memberId = memberId;
    }

    public String getAttendance() {
      return attendance;
    }

    public void setAttendance(String attendance) {
      this.attendance = attendance;
    }
  }
}
