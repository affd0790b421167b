package se.samverkan.followup.api;

/** The year a group starts its report for; a class, not a record (OpenAPI generator). */
public class StartRequest {

  private Integer year;

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
