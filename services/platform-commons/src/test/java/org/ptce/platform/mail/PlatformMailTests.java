package org.ptce.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformMailTests {

    @Test
    void theHtmlAlternativeKeepsTheParagraphsAndEscapesWhatWasTyped() {
        String html = PlatformMail.html("Bonjour,\n\nVotre candidature « <b>Pôle</b> & co » :\nLauréat.\n");

        assertThat(html).contains("<p>Bonjour,</p>")
                .contains("<p>Votre candidature « &lt;b&gt;Pôle&lt;/b&gt; &amp; co » :<br>Lauréat.</p>")
                .doesNotContain("<b>");
    }

    @Test
    void aLineThatIsAWebAddressBecomesALink() {
        String html = PlatformMail.html("Ouvrez ce lien :\n\nhttp://localhost:9000/invitation?jeton=abc_-1\n");

        assertThat(html).contains("<p><a href=\"http://localhost:9000/invitation?jeton=abc_-1\">"
                + "http://localhost:9000/invitation?jeton=abc_-1</a></p>");
    }
}
