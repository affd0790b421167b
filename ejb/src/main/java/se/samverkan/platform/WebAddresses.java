package se.samverkan.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.tenancy.TenantId;

/**
 * Absolute addresses of the application's pages, for what leaves it (e-mails, calendar files):
 * built from the configured public address, never from a request's Host header.
 */
@Dependent
public class WebAddresses {

  @Inject
  @ConfigProperty(name = "samverkan.web.url")
  String webUrl;

  /** A page of a space, e.g. {@code page(varberg, "meeting?group=3&id=7")}. */
  public String page(TenantId space, String path) {
    String base = webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
    return base + "/app/" + URLEncoder.encode(space.value(), StandardCharsets.UTF_8) + "/" + path;
  }

  /** The application's host name, e.g. to make calendar UIDs unique worldwide. */
  public String host() {
    return URI.create(webUrl).getHost();
  }
}
