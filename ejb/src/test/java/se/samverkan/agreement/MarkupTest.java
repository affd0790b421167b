package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void paragraphsListsHeadingsAndEmphasis() {
    String html = Markup.toHtml("Första stycket med **fet** och _kursiv_ text.\n\n### Rubrik\n- ett\n- två\n\n1. först\n2. sedan");
    assertThat(html).isEqualTo("<p>Första stycket med <strong>fet</strong> och <em>kursiv</em> text.</p>"
        + "<h4>Rubrik</h4><ul><li>ett</li><li>två</li></ul><ol><li>först</li><li>sedan</li></ol>");
  }

  @Test
  void aStoredScriptOrAttributeRendersAsInertText() {
    String html = Markup.toHtml("<script>alert('x')</script>\n<img src=x onerror=\"alert(1)\"> **<b>**");
    assertThat(html).doesNotContain("<script", "<img", "<b>");
    assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br/>"
        + "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <strong>&lt;b&gt;</strong></p>");
  }

  @Test
  void underscoresInsideWordsStayText() {
    assertThat(Markup.toHtml("app_tenant_id")).isEqualTo("<p>app_tenant_id</p>");
  }

  @Test
  void plainTextDropsMarkup() {
    assertThat(Markup.plain("**Fet** och _kursiv_")).isEqualTo("Fet och kursiv");
  }
}
