package se.samverkan.agreement;

/** A section as read; {@link #html()} is the only form of the body that may reach a page. */
public record SectionRecord(long id, String key, int position, String heading, String body, long version) {

  public String html() {
    return Markup.toHtml(body);
  }

  SectionText text() {
    return new SectionText(key, position, heading, body);
  }
}
