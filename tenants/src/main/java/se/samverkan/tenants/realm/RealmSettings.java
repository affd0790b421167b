package se.samverkan.tenants.realm;

/**
 * What the realm needs to know of the installation: where the web application lives (its
 * redirect and logout URIs) and the web client's secret.
 */
public record RealmSettings(String webUrl, String webClientSecret) {

  public static final String REALM = "samverkan";
  public static final String WEB_CLIENT = "samverkan-web";
  /** Public client for scripts and tests: password grant, tokens valid for the API. */
  public static final String CLI_CLIENT = "samverkan-cli";
  /** Test-only client whose tokens lack the API audience and must be refused. */
  public static final String NO_AUDIENCE_CLIENT = "samverkan-no-audience";
  public static final String API_AUDIENCE = "samverkan-api";
  /** Test-only second realm: a different issuer with the same user names. */
  public static final String FOREIGN_REALM = "elsewhere";
  public static final String DEMO_PASSWORD = "demo";

  public RealmSettings {
    if (webUrl.endsWith("/")) {
      webUrl = webUrl.substring(0, webUrl.length() - 1);
    }
  }
}
