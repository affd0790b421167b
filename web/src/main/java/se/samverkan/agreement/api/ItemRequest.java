package se.samverkan.agreement.api;

import jakarta.validation.constraints.Size;

/**
 * An item of a version besides its sections: a term ({@code term}, {@code meaning}), a related
 * document ({@code title}, {@code url}) or a row of the responsibility matrix ({@code targetGroup},
 * {@code regionPart}, {@code municipalityPart}). Which fields are required depends on the kind and
 * is checked by the service, naming the field.
 */
public class ItemRequest {

  @Size(max = 200, message = "{text.max}")
  private String term;

  @Size(max = 4000, message = "{text.max}")
  private String meaning;

  @Size(max = 300, message = "{text.max}")
  private String title;

  @Size(max = 2000, message = "{text.max}")
  private String url;

  @Size(max = 300, message = "{text.max}")
  private String targetGroup;

  @Size(max = 10000, message = "{text.max}")
  private String regionPart;

  @Size(max = 10000, message = "{text.max}")
  private String municipalityPart;

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public String getMeaning() {
    return meaning;
  }

  public void setMeaning(String meaning) {
    this.meaning = meaning;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = targetGroup;
  }

  public String getRegionPart() {
    return regionPart;
  }

  public void setRegionPart(String regionPart) {
    this.regionPart = regionPart;
  }

  public String getMunicipalityPart() {
    return municipalityPart;
  }

  public void setMunicipalityPart(String municipalityPart) {
    this.municipalityPart = municipalityPart;
  }
}
